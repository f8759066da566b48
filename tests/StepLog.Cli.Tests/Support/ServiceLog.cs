using System.Text;

namespace StepLog.Cli.Tests.Support;

/// <summary>A busy service's log in StepLog's text format, operation by operation, for the tests of reading at scale.</summary>
internal static class ServiceLog
{
    /// <summary>
    /// Operation <paramref name="i"/>: three steps, the third failing in every tenth and slow in every seventh; other
    /// logging, an exception's lines, and now and then a binary line and a broken JSON line, so that every way of
    /// skipping a line is met in every batch.
    /// </summary>
    public static string Operation(int i)
    {
        var text = new StringBuilder();
        text.Append("2026-12-05 10:00:00.000 [INFO] 🚀 START: Sync ").Append(i % 5).Append(" (n=").Append(i).Append(")\n");
        for (var step = 1; step <= 3; step++)
        {
            text.Append("2026-12-05 10:00:00.001 [INFO] ▶️  [").Append(step).Append("/3] Step ").Append(step).Append('\n');
            text.Append("2026-12-05 10:00:00.002 [DEBUG] Cache hit for ").Append(i).Append('\n');
            if (step == 3 && i % 10 == 9)
            {
                text.Append("2026-12-05 10:00:00.003 [ERROR] ❌ [3/3] Step 3 - FAILED: boom ").Append(i).Append(" (duration_ms=2.0)\n");
                text.Append("    | System.InvalidOperationException: boom\n    |    at Sync.Run()\n");
                text.Append("2026-12-05 10:00:00.004 [ERROR] 🏁 COMPLETE: Sync ").Append(i % 5).Append(" (status=failed, error=boom, total_duration_ms=4.0)\n");
                return text.ToString();
            }

            var duration = step == 2 && i % 7 == 0 ? "900.0" : "1.5";
            text.Append("2026-12-05 10:00:00.003 [INFO] ✅ [").Append(step).Append("/3] Step ").Append(step).Append(" - SUCCESS (duration_ms=").Append(duration).Append(")\n");
        }

        if (i % 97 == 0)
        {
            text.Append("bin\0ary\n{\"EventId\": {\"Id\": 1, \"operation\": \n");
        }

        text.Append("2026-12-05 10:00:00.005 [INFO] 🏁 COMPLETE: Sync ").Append(i % 5).Append(" (total_duration_ms=5.0)\n");
        return text.ToString();
    }
}

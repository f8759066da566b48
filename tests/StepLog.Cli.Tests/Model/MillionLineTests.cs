using System.Text;
using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Tests.Model;

/// <summary>A million generated lines, streamed: every operation is found, and the correlator holds only the open ones.</summary>
public class MillionLineTests
{
    private sealed class Counting : IOperationObserver
    {
        public int Succeeded;
        public int Failed;
        public int MaxOpen;
        public Correlator? Correlator;

        public void OperationEnded(OperationRun operation)
        {
            if (operation.Outcome == OperationOutcome.Succeeded) Succeeded++;
            if (operation.Outcome == OperationOutcome.Failed) Failed++;
        }

        public void EventRead(LogEvent logEvent, OperationRun operation, StepRun? step) =>
            MaxOpen = Math.Max(MaxOpen, Correlator!.OpenOperations);
    }

    [Fact]
    public void A_million_lines_stream_through_with_only_the_open_operations_held()
    {
        const int operations = 100_000; // 10 lines each
        var path = Path.Combine(Directory.CreateTempSubdirectory("steplog-cli-million-").FullName, "million.log");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            for (var i = 0; i < operations; i++)
            {
                var fails = i % 1000 == 999;
                writer.Write($"[INFO] 🚀 START: Job {i % 7} (n={i})\n");
                for (var s = 1; s <= 4; s++)
                {
                    writer.Write($"[INFO] ▶️  [{s}/4] Step {s}\n");
                }

                // Each fourth step ends on its own line: 4 starts + 4 ends = 8, with START and COMPLETE 10.
                for (var s = 1; s <= 3; s++)
                {
                    writer.Write($"[INFO] ✅ [{s}/4] Step {s} - SUCCESS (duration_ms={s}.0)\n");
                }

                writer.Write(fails ? "[ERROR] ❌ [4/4] Step 4 - FAILED: boom (duration_ms=1.0)\n" : "[INFO] ✅ [4/4] Step 4 - SUCCESS (duration_ms=4.0)\n");
                writer.Write($"[INFO] 🏁 COMPLETE: Job {i % 7} (total_duration_ms=10.0)\n");
            }
        }

        var counting = new Counting();
        var correlator = new Correlator(counting, keepTree: false);
        counting.Correlator = correlator;
        var reader = new LogReader();
        foreach (var logEvent in reader.Read([InputSource.File(path)]))
        {
            correlator.Add(logEvent);
        }

        correlator.EndOfFile();
        File.Delete(path);

        Assert.Equal(1_000_000, reader.Statistics.Lines);
        Assert.Equal(1_000_000, reader.Statistics.Events);
        Assert.Equal(operations - operations / 1000, counting.Succeeded);
        Assert.Equal(operations / 1000, counting.Failed);
        Assert.Equal(1, counting.MaxOpen);
    }
}

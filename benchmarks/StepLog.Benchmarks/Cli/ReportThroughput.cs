using System.Diagnostics;
using System.Globalization;
using System.Text;
using StepLog.Cli.Input;
using StepLog.Cli.Report;

namespace StepLog.Benchmarks.Cli;

/// <summary>
/// `steplog report` over one large generated log, timed once: throughput in MB/s and the process's peak working set.
/// A timed run rather than a BenchmarkDotNet case, because the question is one pass over a file of hundreds of MB
/// (I/O, decoding, parsing and correlation together), not a microsecond operation repeated.
/// Run: dotnet run -c Release --project benchmarks/StepLog.Benchmarks -- cli-report [megabytes, default 512] [files, default 1]
/// The log is generated in the temp folder and deleted afterwards; split over several files, it is rolled as a rolling
/// file sink rolls it (<c>….log</c>, <c>…_001.log</c>), so that the report reads them at once and as one log.
/// </summary>
internal static class ReportThroughput
{
    public static void Run(int megabytes, int files = 1)
    {
        var stem = Path.Combine(Path.GetTempPath(), $"steplog-report-bench-{Environment.ProcessId}");
        var paths = Enumerable.Range(0, Math.Max(1, files)).Select(i => i == 0 ? stem + ".log" : $"{stem}_{i:000}.log").ToArray();
        try
        {
            var generate = Stopwatch.StartNew();
            var lines = Generate(paths, megabytes * 1024L * 1024L);
            var bytes = paths.Sum(path => new FileInfo(path).Length);
            Console.WriteLine($"generated {bytes / 1048576.0:0} MB in {paths.Length} file(s), {lines:N0} lines in {generate.Elapsed.TotalSeconds:0.0} s");

            GC.Collect();
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var report = ReportRun.Run(paths.Select(InputSource.File), slowMs: 1000);
            watch.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

            Console.WriteLine($"report: {report.Operations.Total:N0} operations ({report.Operations.Failed:N0} failed, {report.Operations.Incomplete:N0} incomplete), {report.Statistics.Events:N0} StepLog lines, {report.Statistics.SkippedLines:N0} skipped, {report.SlowSteps.Count} slow steps");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time {watch.Elapsed.TotalSeconds:0.00} s, throughput {bytes / 1048576.0 / watch.Elapsed.TotalSeconds:0.0} MB/s, peak working set {peak / 1048576.0:0} MB (before the report: {before / 1048576.0:0} MB)"));
            // On a machine shared with other work the wall clock is pessimistic; the CPU time the report used is not.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU time {cpu.TotalSeconds:0.00} s (all threads), {bytes / 1048576.0 / cpu.TotalSeconds:0.0} MB per CPU second"));
        }
        finally
        {
            foreach (var path in paths)
            {
                File.Delete(path);
            }
        }
    }

    // A service's log: operations of four steps with timestamps and level tags, a nested operation in every tenth, a
    // failure in every hundredth, and two lines of other logging per operation; the files share the size, each one
    // begun where an operation begins.
    private static long Generate(string[] paths, long size)
    {
        static StreamWriter Open(string path) => new(path, false, new UTF8Encoding(false), 1 << 20);

        var part = 0;
        var writer = Open(paths[0]);
        var written = 0L;
        var random = new Random(42);
        var time = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        var lines = 0L;
        var text = new StringBuilder();
        for (var i = 0; written + writer.BaseStream.Length < size; i++)
        {
            if (part < paths.Length - 1 && written + writer.BaseStream.Length >= (part + 1) * size / paths.Length)
            {
                writer.Dispose();
                written += new FileInfo(paths[part]).Length;
                writer = Open(paths[++part]);
            }

            string Stamp()
            {
                time = time.AddMilliseconds(random.Next(1, 50));
                return time.ToString("yyyy-MM-dd HH:mm:ss.fff ", CultureInfo.InvariantCulture);
            }

            var name = "Order Sync " + (i % 13).ToString(CultureInfo.InvariantCulture);
            text.Clear();
            text.Append(Stamp()).Append("[INFO] 🚀 START: ").Append(name).Append(" (order_id=").Append(i).Append(", region=eu-west)\n");
            for (var step = 1; step <= 4; step++)
            {
                var stepName = step switch { 1 => "Fetch order", 2 => "Validate items", 3 => "Reserve stock", _ => "Send confirmation" };
                text.Append(Stamp()).Append("[INFO] ▶️  [").Append(step).Append("/4] ").Append(stepName).Append(" (attempt=1)\n");
                if (step == 3 && i % 10 == 0)
                {
                    text.Append(Stamp()).Append("    [INFO] 🚀 START: Inventory Check (warehouse=7)\n");
                    text.Append(Stamp()).Append("    [INFO] ▶️  [1/1] Query stock\n");
                    text.Append(Stamp()).Append("    [INFO] ✅ [1/1] Query stock - SUCCESS (rows=12, duration_ms=").Append(random.Next(1, 900)).Append(".4)\n");
                    text.Append(Stamp()).Append("    [INFO] 🏁 COMPLETE: Inventory Check (total_duration_ms=950.2)\n");
                    lines += 4;
                }

                if (step == 2)
                {
                    text.Append(Stamp()).Append("[DEBUG] Cache hit for customer ").Append(i * 7).Append(" in 0.3 ms\n");
                    text.Append(Stamp()).Append("[INFO] HTTP GET /api/orders/").Append(i).Append(" responded 200 in 12 ms\n");
                    lines += 2;
                }

                if (step == 4 && i % 100 == 99)
                {
                    text.Append(Stamp()).Append("[ERROR] ❌ [4/4] ").Append(stepName).Append(" - FAILED: SMTP server refused the message (mx=mail.example.com, duration_ms=30012.5)\n");
                    text.Append(Stamp()).Append("[ERROR] 🏁 COMPLETE: ").Append(name).Append(" (status=failed, error=SMTP server refused the message, total_duration_ms=30100.0)\n");
                    lines += 3;
                    break;
                }

                text.Append(Stamp()).Append("[INFO] ✅ [").Append(step).Append("/4] ").Append(stepName).Append(" - SUCCESS (items=").Append(random.Next(1, 40)).Append(", duration_ms=").Append(random.Next(0, 2000)).Append('.').Append(random.Next(0, 10)).Append(")\n");
                lines += 2;
                if (step == 4)
                {
                    text.Append(Stamp()).Append("[INFO] 🏁 COMPLETE: ").Append(name).Append(" (status=success, total_duration_ms=").Append(random.Next(100, 5000)).Append(".0)\n");
                    lines += 2;
                }
            }

            writer.Write(text);
        }

        writer.Dispose();
        return lines;
    }
}

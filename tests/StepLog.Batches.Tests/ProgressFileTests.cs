using System.Text.Json;

namespace StepLog.Batches.Tests;

public class ProgressFileTests
{
    private static readonly string[] Fields =
    [
        "operation", "operation_id", "status", "processed", "total", "percentage", "rate_per_second", "elapsed_seconds", "eta_seconds",
        "current_item", "timestamp", "succeeded", "failed", "resumed", "pid",
    ];

    [Fact]
    public async Task The_file_shows_the_run_while_it_goes_and_its_end_after()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("progress/deep/leads.json");
        batch.Options.ProgressFile = path;
        batch.Options.ProgressInterval = TimeSpan.Zero;
        var seen = new List<JsonElement>();

        await StepBatch.RunAsync("Leads", ["ada", "bob", "cy"], (lead, _) =>
        {
            seen.Add(Read(path));
            batch.Clock.Advance(2);
            return lead == "bob" ? throw new InvalidOperationException("down") : default;
        }, batch.Options, lead => lead);

        // Before the first item has finished there is no estimate; after it, there always is one.
        Assert.Equal(JsonValueKind.Null, seen[0].GetProperty("eta_seconds").ValueKind);
        Assert.Equal("running", seen[0].GetProperty("status").GetString());
        Assert.Equal(0, seen[0].GetProperty("processed").GetInt32());

        var second = seen[1];
        Assert.Equal("running", second.GetProperty("status").GetString());
        Assert.Equal(1, second.GetProperty("processed").GetInt32());
        Assert.Equal(33.3, second.GetProperty("percentage").GetDouble());
        Assert.Equal(0.5, second.GetProperty("rate_per_second").GetDouble());
        Assert.Equal(2.0, second.GetProperty("elapsed_seconds").GetDouble());
        Assert.Equal(4.0, second.GetProperty("eta_seconds").GetDouble());

        var end = Read(path);
        Assert.Equal(Fields.Order(), end.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Leads", end.GetProperty("operation").GetString());
        Assert.Equal(batch.Capture.Entries[0].Field("operation_id"), end.GetProperty("operation_id").GetString());
        Assert.Equal("completed", end.GetProperty("status").GetString());
        Assert.Equal((3, 3, 2, 1, 0), (end.GetProperty("processed").GetInt32(), end.GetProperty("total").GetInt32(), end.GetProperty("succeeded").GetInt32(), end.GetProperty("failed").GetInt32(), end.GetProperty("resumed").GetInt32()));
        Assert.Equal(100.0, end.GetProperty("percentage").GetDouble());
        Assert.Equal(6.0, end.GetProperty("elapsed_seconds").GetDouble());
        Assert.Equal(0.0, end.GetProperty("eta_seconds").GetDouble());
        Assert.Equal("cy", end.GetProperty("current_item").GetString());
        Assert.Equal(Environment.ProcessId, end.GetProperty("pid").GetInt32());
        var timestamp = end.GetProperty("timestamp").GetString()!;
        Assert.EndsWith("Z", timestamp);
        Assert.Equal(DateTimeKind.Utc, DateTime.Parse(timestamp, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal).Kind);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public async Task The_file_is_not_rewritten_before_its_interval()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("p.json");
        batch.Options.ProgressFile = path;
        batch.Options.ProgressInterval = TimeSpan.FromSeconds(10);
        var processed = new List<int>();

        await StepBatch.RunAsync("Slow file", Enumerable.Range(1, 5), (_, _) =>
        {
            processed.Add(Read(path).GetProperty("processed").GetInt32());
            batch.Clock.Advance(3);
            return default;
        }, batch.Options);

        // Written at the start, then once 10 s had passed (after the 4th item, at 12 s), then at the end.
        Assert.Equal([0, 0, 0, 0, 4], processed);
        Assert.Equal(5, Read(path).GetProperty("processed").GetInt32());
    }

    [Fact]
    public async Task A_reader_never_sees_half_a_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "steplog-atomic-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "progress.json");
        var options = new StepBatchOptions { ProgressFile = path, ProgressInterval = TimeSpan.Zero, HandleSignals = false, Logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance };
        using var done = new CancellationTokenSource();
        var reads = 0;
        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                if (!File.Exists(path))
                {
                    continue;
                }

                // Any partial content would fail to parse or lack its last field.
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                Assert.True(document.RootElement.TryGetProperty("pid", out _));
                Interlocked.Increment(ref reads);
            }
        });

        try
        {
            // Halfway, the batch waits for the reader to have read once: on a loaded machine the reader's thread may
            // otherwise not run before 3,000 no-op items are done.
            await StepBatch.RunAsync("Atomic", Enumerable.Range(1, 3000), WaitForAReadHalfway, options, i => "item " + i);
        }
        finally
        {
            done.Cancel();
            await reader;
            Directory.Delete(folder, recursive: true);
        }

        Assert.True(reads > 0);

        async ValueTask WaitForAReadHalfway(int item, CancellationToken cancellationToken)
        {
            while (item == 1500 && Volatile.Read(ref reads) == 0 && !reader.IsCompleted)
            {
                await Task.Delay(1, cancellationToken);
            }
        }
    }

    internal static JsonElement Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}

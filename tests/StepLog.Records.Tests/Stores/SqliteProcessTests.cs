using System.Globalization;

namespace StepLog.Records.Tests.Stores;

/// <summary>The SQLite store against other processes: sharing a file, and being killed outright.</summary>
public sealed class SqliteProcessTests : IDisposable
{
    private readonly SqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Two_processes_write_one_file_at_once()
    {
        await using var store = new SqliteStepStore(_file.ConnectionString);
        using var child = ChildWriter.Start(_file.Path, "child", "5000");
        Assert.Equal("ready", await child.ReadLineAsync());

        for (var i = 1; i <= 5_000; i++)
        {
            await store.AddAsync(new StepRecord("parent", "parent step", StepStatus.Success) { Sequence = i });
        }

        await store.FlushAsync();
        Assert.Equal(0, await child.WaitForExitAsync());

        Assert.Equal(5_000, (await store.GetStepsAsync("parent")).Count);
        Assert.Equal(5_000, (await store.GetStepsAsync("child")).Count);
        Assert.Equal(0, store.DroppedRecords);
        Assert.Equal("ok", _file.Scalar("PRAGMA integrity_check;"));
    }

    [Fact]
    public async Task A_process_killed_mid_stream_leaves_a_clean_file_missing_at_most_the_last_flush_interval()
    {
        using var child = ChildWriter.Start(_file.Path, "killed", "forever");
        Assert.Equal("ready", await child.ReadLineAsync());

        // The child never flushes: records reach the file only through the writer's own flush every second.
        long durableBeforeKill = 0;
        for (var line = await child.ReadLineAsync(); durableBeforeKill < 5_000; line = await child.ReadLineAsync())
        {
            Assert.StartsWith("added ", line);
            durableBeforeKill = (long)_file.Scalar("SELECT COUNT(*) FROM steplog_records;")!;
        }

        child.Kill();
        var killedAt = DateTimeOffset.UtcNow;

        await using var reopened = new SqliteStepStore(_file.ConnectionString);
        Assert.Equal("ok", _file.Scalar("PRAGMA integrity_check;"));
        var records = await reopened.GetStepsAsync("killed");

        // Whole batches or nothing: the records kept are exactly 1..n, and at least those seen before the kill.
        Assert.True(records.Count >= durableBeforeKill, $"{records.Count} records survived; {durableBeforeKill} were in the file before the kill.");
        Assert.Equal(Enumerable.Range(1, records.Count).Select(number => (long)number), records.Select(record => record.Sequence).Order());

        // The last one written is no older than the flush interval (1 s) before the kill, with 2 s of grace for a busy machine.
        var lag = killedAt - records.Max(record => record.Timestamp);
        Assert.True(lag < TimeSpan.FromSeconds(3), $"The newest surviving record is {lag.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s older than the kill.");

        // And the file goes on working.
        await reopened.AddAsync(new StepRecord("killed", "after", StepStatus.Success) { Sequence = records.Count + 1 });
        await reopened.FlushAsync();
        Assert.Equal(records.Count + 1, (await reopened.GetStepsAsync("killed")).Count);
    }
}

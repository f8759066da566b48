using Microsoft.Extensions.Logging;
using StepLog.Records.Tests.Stores;
using StepLog.Testing;

namespace StepLog.Records.Tests.Recording;

/// <summary>Records dropped from a full queue are said once per burst, as a Warning, through StepLog's logger factory.</summary>
public sealed class DropWarningTests : IDisposable
{
    // The logger factory is set in this test's configuration, which the store's writer, started on its flow, inherits.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();
    private readonly SqliteFile _file = new();
    private readonly LogCapture _capture = new();

    public DropWarningTests() => StepLogging.UseLoggerFactory(_capture);

    public void Dispose()
    {
        _configuration.Dispose();
        _file.Dispose();
    }

    [Fact]
    public async Task A_burst_of_drops_is_one_warning_line_and_a_later_burst_another()
    {
        await using var store = new SqliteStepStore(_file.ConnectionString, new StepStoreOptions { QueueCapacity = 10, BatchSize = 5 });

        await OverflowAsync(store);
        var first = Assert.Single(Warnings());
        Assert.Equal(LogLevel.Warning, first.Level);
        Assert.Contains("SqliteStepStore", first.Message);
        Assert.Contains("(10 records)", first.Message);
        Assert.Contains("DroppedRecords", first.Message);
        Assert.Contains("WhenFull = Wait", first.Message);

        // A calm batch ends the burst.
        await store.AddAsync(new StepRecord("doc1", "calm", StepStatus.Success));
        await store.FlushAsync();
        Assert.Single(Warnings());

        await OverflowAsync(store);
        Assert.Equal(2, Warnings().Count);
    }

    [Fact]
    public async Task A_queue_full_by_bytes_names_its_byte_bound()
    {
        await using var store = new SqliteStepStore(_file.ConnectionString, new StepStoreOptions { QueueCapacityBytes = 1_000, BatchSize = 5 });

        await OverflowAsync(store);

        var warning = Assert.Single(Warnings());
        Assert.Contains("(1000 bytes)", warning.Message);
        Assert.Contains("QueueCapacityBytes", warning.Message);
    }

    private List<CapturedEntry> Warnings() => _capture.Entries.Where(entry => entry.Category == "StepLog.Records").ToList();

    private async Task OverflowAsync(SqliteStepStore store)
    {
        var dropped = store.DroppedRecords;
        using (var connection = _file.Open())
        {
            using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE;";
            begin.ExecuteNonQuery();
            for (var i = 0; i < 50; i++)
            {
                await store.AddAsync(new StepRecord("doc1", "step " + i, StepStatus.Success));
            }
        }

        await store.FlushAsync();
        Assert.True(store.DroppedRecords > dropped);
    }
}

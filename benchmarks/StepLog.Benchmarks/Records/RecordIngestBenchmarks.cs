using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Configuration;
using StepLog.Records;

namespace StepLog.Benchmarks.Records;

/// <summary>
/// Sustained ingest: 100,000 records added and flushed, with the store set to wait for room, so that the time is the
/// writer's (a store that drops would only measure the queue). The mean is per record: records per second is 10^9
/// divided by the mean in nanoseconds. Target for SQLite: 100,000 records/s (10 μs a record) on two cores.
/// </summary>
[RecordsJob]
public class RecordIngestBenchmarks : IDisposable
{
    private const int Records = 100_000;

    private readonly StepRecord[] _records = new StepRecord[Records];
    private readonly StepRecord[] _runs = new StepRecord[Records];
    private RecordDatabase _database = null!;
    private IStepStore _store = null!;

    [Params(StoreKind.Sqlite, StoreKind.Postgres)]
    public StoreKind Store { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _database = new RecordDatabase(Store);
        _store = _database.OpenStore();
        var start = DateTimeOffset.UtcNow;
        var details = new Dictionary<string, object?> { ["pages"] = 10, ["chars"] = 5000 };
        for (var i = 0; i < Records; i++)
        {
            // A typical record: a document's step, with two details and a duration.
            _records[i] = new StepRecord("doc" + (i % 1_000), "text_extraction", StepStatus.Success)
            {
                Operation = "ProcessDocument",
                StepNumber = 2,
                TotalSteps = 4,
                Details = details,
                DurationMs = 12.5,
                Timestamp = start.AddTicks(i),
                Sequence = i,
            };
        }

        FillRuns(start, details);
    }

    // Runs as the runtime records them: an operation of five steps is twelve records (its own start and end, each
    // step's start and end), a millisecond apart, so that the runs table and the rollups have their share of the work.
    private void FillRuns(DateTimeOffset start, Dictionary<string, object?> details)
    {
        for (var i = 0; i < Records; i++)
        {
            var run = i / 12;
            var slot = i % 12;
            var step = slot is 0 or 11 ? 0 : ((slot - 1) / 2) + 1;
            var ends = slot == 11 || (slot > 0 && slot % 2 == 0);
            _runs[i] = new StepRecord("doc" + (run % 1_000), step == 0 ? "ProcessDocument" : "step " + step, ends ? StepStatus.Success : StepStatus.Running)
            {
                Operation = "ProcessDocument",
                OperationId = "run" + run,
                StepNumber = step,
                TotalSteps = 5,
                Details = ends ? details : new Dictionary<string, object?>(),
                DurationMs = ends ? 12.5 + (i % 97) : null,
                Timestamp = start.AddMilliseconds(i),
                Sequence = i,
            };
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        ((IDisposable)_store).Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public async Task AddAndFlush()
    {
        foreach (var record in _records)
        {
            await _store.AddAsync(record);
        }

        await _store.FlushAsync();
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public async Task AddAndFlushRuns()
    {
        foreach (var record in _runs)
        {
            await _store.AddAsync(record);
        }

        await _store.FlushAsync();
    }
}

using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Configuration;
using StepLog.Records;

namespace StepLog.Benchmarks.Records;

/// <summary>
/// Queries over a store of 1,000,000 records: 100,000 subjects of 10 records each, spread over the last 24 hours, with
/// two records in 50 an Error or Failed (about 1,670 in the last hour). Targets: the steps of one subject under 5 ms,
/// the recent errors of one hour under 50 ms.
/// </summary>
[RecordsJob]
public class RecordQueryBenchmarks : IDisposable
{
    private const int Subjects = 100_000;
    private const int StepsPerSubject = 10;

    private RecordDatabase _database = null!;
    private IStepStore _store = null!;
    private DateTimeOffset _now;
    private int _subject;

    [Params(StoreKind.Sqlite, StoreKind.Postgres)]
    public StoreKind Store { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _database = new RecordDatabase(Store);
        _store = _database.OpenStore();
        _now = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromHours(24).Ticks;
        var total = Subjects * StepsPerSubject;
        var details = new Dictionary<string, object?> { ["pages"] = 10 };
        for (var i = 0; i < total; i++)
        {
            var status = i % 50 == 0 ? StepStatus.Failed : i % 50 == 25 ? StepStatus.Error : StepStatus.Success;
            var record = new StepRecord("doc" + (i % Subjects), "step " + (i / Subjects), status)
            {
                Details = details,
                ErrorMessage = status is StepStatus.Error or StepStatus.Failed ? "corrupt file" : null,
                Timestamp = _now.AddTicks(-span + (span / total * i)),
                Sequence = i,
            };
            _store.AddAsync(record).AsTask().GetAwaiter().GetResult();
        }

        _store.FlushAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        ((IDisposable)_store).Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<IReadOnlyList<StepRecord>> StepsOfOneSubject() =>
        _store.GetStepsAsync("doc" + (_subject = (_subject + 7_919) % Subjects));

    [Benchmark]
    public Task<IReadOnlyList<StepRecord>> RecentErrorsOfOneHour() => _store.GetRecentErrorsAsync(_now.AddHours(-1));
}

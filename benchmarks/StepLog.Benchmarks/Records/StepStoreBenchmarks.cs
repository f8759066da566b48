using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Configuration;
using StepLog.Benchmarks.Runtime;
using StepLog.Benchmarks.Runtime.Styles;
using StepLog.Records;

namespace StepLog.Benchmarks.Records;

/// <summary>Where a recorded step's records go.</summary>
public enum StoreState
{
    /// <summary>No store: nothing is recorded (the baseline).</summary>
    Off,

    /// <summary><see cref="InMemoryStepStore"/>: a record is added under a lock, visible at once.</summary>
    InMemory,

    /// <summary><see cref="SqliteStepStore"/> on a temporary file: a record is queued, a background writer inserts.</summary>
    Sqlite,
}

/// <summary>
/// What recording costs a generated synchronous step (two records a call: Running, then Success), with its lines'
/// level disabled or enabled (a store sees every step whatever the level). The SQLite store has its default options,
/// as an application gets them: a step never waits for the writer, and when the queue is full records are dropped
/// and counted, so a run this fast measures the caller's side (queueing, or dropping) while the writer works on the
/// other core; the number dropped is printed at the end of each case.
/// </summary>
[RuntimeJob]
public class StepStoreBenchmarks : IDisposable
{
    private GeneratedWrapperSteps _steps = null!;
    private IStepStore? _store;
    private RecordDatabase? _database;

    [Params(StoreState.Off, StoreState.InMemory, StoreState.Sqlite)]
    public StoreState Store { get; set; }

    [Params(LevelState.Disabled, LevelState.Enabled)]
    public LevelState Level { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _steps = new GeneratedWrapperSteps(DiscardingLogger.For(Level));
        if (Store == StoreState.Sqlite)
        {
            _database = new RecordDatabase(StoreKind.Sqlite);
        }

        _store = Store switch
        {
            StoreState.InMemory => new InMemoryStepStore(),
            StoreState.Sqlite => new SqliteStepStore(_database!.ConnectionString),
            _ => null,
        };
        StepLogging.UseStepStore(_store);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        StepLogging.UseStepStore(null);
        if (_store is IStepStore store)
        {
            Console.WriteLine($"// {Store}, {Level}: {RecordDatabase.DroppedRecords(store):N0} records dropped (queue full)");
        }

        (_store as IDisposable)?.Dispose();
        _database?.Dispose();
        _database = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int GeneratedStep() => _steps.Fetch(StepWork.Provider);
}

using System;
using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>
/// What one batch of records adds to the database stores' pre-aggregation, computed once in memory so that the writer
/// makes one upsert per run and per key rather than one per record: each run's own records folded into one row
/// (<see cref="Runs"/>), the counts per operation or step, duration bucket and minute, hour and day (<see cref="Counts"/>),
/// and runs ended per minute (<see cref="Minutes"/>). Keys come sorted, so that two writers of one database lock rows
/// in the same order.
/// </summary>
internal sealed class RunRollup
{
    /// <summary>The grain of a rollup row: a minute, an hour or a (UTC) day (see <see cref="OverviewWindow"/>).</summary>
    public const int MinuteGrain = 0;

    public const int HourGrain = 1;

    public const int DayGrain = 2;

    private readonly SortedDictionary<string, RunRow> _runs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<RollupKey, RollupCounts> _counts = new();
    private readonly SortedDictionary<long, RollupCounts> _minutes = new();

    public RunRollup(IEnumerable<StepRecord> records)
    {
        foreach (var record in records)
        {
            Add(record);
        }
    }

    public IEnumerable<RunRow> Runs => _runs.Values;

    public IEnumerable<KeyValuePair<RollupKey, RollupCounts>> Counts => _counts;

    public IEnumerable<KeyValuePair<long, RollupCounts>> Minutes => _minutes;

    public int RunCount => _runs.Count;

    public int CountKeys => _counts.Count;

    public int MinuteKeys => _minutes.Count;

    private void Add(StepRecord record)
    {
        var isRun = RunRecords.IsRunRecord(record);
        if (isRun)
        {
            _runs[record.OperationId!] = _runs.TryGetValue(record.OperationId!, out var run) ? run.With(record) : new RunRow(record);
        }

        if (!RunRecords.CountsInOverview(record))
        {
            return;
        }

        var ticks = record.Timestamp.UtcTicks;
        var one = new RollupCounts(1, record.Status == StepStatus.Failed ? 1 : 0, record.Status == StepStatus.Warning ? 1 : 0);
        var operation = RunRecords.OperationOf(record);
        var step = isRun ? string.Empty : record.StepName;
        var duration = DurationHistogram.BucketOf(record.DurationMs);
        Increment(_counts, new RollupKey(MinuteGrain, RunRecords.MinuteOf(ticks), operation, isRun, step, duration), one);
        Increment(_counts, new RollupKey(HourGrain, RunRecords.HourOf(ticks), operation, isRun, step, duration), one);
        Increment(_counts, new RollupKey(DayGrain, RunRecords.DayOf(ticks), operation, isRun, step, duration), one);
        if (isRun)
        {
            Increment(_minutes, RunRecords.MinuteOf(ticks), one);
        }
    }

    private static void Increment<TKey>(SortedDictionary<TKey, RollupCounts> counts, TKey key, RollupCounts add)
        where TKey : notnull =>
        counts[key] = counts.TryGetValue(key, out var sum) ? sum.Plus(add) : add;
}

/// <summary>One rollup row's key: grain, bucket start, operation, run or step (step name empty for the run), duration bucket.</summary>
internal readonly struct RollupKey(int grain, long bucketTicks, string operation, bool isRun, string stepName, int durationBucket)
    : IComparable<RollupKey>
{
    public int Grain { get; } = grain;

    public long BucketTicks { get; } = bucketTicks;

    public string Operation { get; } = operation;

    public bool IsRun { get; } = isRun;

    public string StepName { get; } = stepName;

    public int DurationBucket { get; } = durationBucket;

    public int CompareTo(RollupKey other)
    {
        var order = Grain.CompareTo(other.Grain);
        order = order != 0 ? order : BucketTicks.CompareTo(other.BucketTicks);
        order = order != 0 ? order : string.CompareOrdinal(Operation, other.Operation);
        order = order != 0 ? order : IsRun.CompareTo(other.IsRun);
        order = order != 0 ? order : string.CompareOrdinal(StepName, other.StepName);
        return order != 0 ? order : DurationBucket.CompareTo(other.DurationBucket);
    }
}

/// <summary>How many ended, failed and warned.</summary>
internal readonly struct RollupCounts(long count, long failed, long warnings)
{
    public long Count { get; } = count;

    public long Failed { get; } = failed;

    public long Warnings { get; } = warnings;

    public RollupCounts Plus(RollupCounts other) => new(Count + other.Count, Failed + other.Failed, Warnings + other.Warnings);
}

/// <summary>
/// A run's own records of one batch, folded: the first start, the latest state (by time, then sequence, then as
/// written), the parent and kind from whichever record carries them. The store's upsert folds it into the row the
/// same way.
/// </summary>
internal sealed class RunRow
{
    public RunRow(StepRecord record)
    {
        Latest = record;
        StartedTicks = record.Timestamp.UtcTicks;
        ParentOperationId = record.ParentOperationId;
        Kind = record.RunKind;
    }

    public StepRecord Latest { get; private set; }

    public long StartedTicks { get; private set; }

    public string? ParentOperationId { get; private set; }

    public StepRunKind Kind { get; private set; }

    public string Status => RecordColumns.StatusText(RunRecords.RunStatusOf(Latest.Status));

    public double? DurationMs => Latest.IsTerminal ? Latest.DurationMs : null;

    public RunRow With(StepRecord record)
    {
        StartedTicks = Math.Min(StartedTicks, record.Timestamp.UtcTicks);
        ParentOperationId ??= record.ParentOperationId;
        Kind = Kind == StepRunKind.Batch ? Kind : record.RunKind;
        if (record.Timestamp > Latest.Timestamp || (record.Timestamp == Latest.Timestamp && record.Sequence >= Latest.Sequence))
        {
            Latest = record;
        }

        return this;
    }
}

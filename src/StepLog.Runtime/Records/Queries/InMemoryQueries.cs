using System;
using System.Collections.Generic;
using System.Linq;

namespace StepLog.Records;

/// <summary>
/// <see cref="InMemoryStepStore"/>'s answers to the dashboard's queries, computed from a snapshot of its records (in
/// the order added): the store holds at most its capacity, so reading them all is what an index would cost a database.
/// </summary>
internal static class InMemoryQueries
{
    public static StepRunPage Runs(StepRecord[] records, StepRunQuery query)
    {
        var after = QueryArguments.CheckRuns(query);
        var subject = RecordText.Repair(query.SubjectId);
        var operation = RecordText.Repair(query.Operation);
        var page = Summaries(records).Values
            .Where(run => (operation is null || run.Operation == operation)
                && (query.Status is null || run.Status == query.Status)
                && (subject is null || run.SubjectId == subject)
                && (query.Kind is null || run.Kind == query.Kind)
                && (query.Since is null || run.StartedAt >= query.Since)
                && (query.Until is null || run.StartedAt < query.Until)
                && (after is not { } cursor || cursor.Precedes(run.StartedAt.UtcTicks, run.OperationId)))
            .OrderByDescending(run => run.StartedAt)
            .ThenByDescending(run => run.OperationId, StringComparer.Ordinal)
            .Take(query.Limit + 1)
            .ToList();
        return RunCursor.PageOf(page, query.Limit);
    }

    public static StepRunDetail? Run(StepRecord[] records, string operationId)
    {
        QueryArguments.CheckOperationId(operationId);
        operationId = RecordText.Repair(operationId)!;
        var runs = Summaries(records);
        if (!runs.TryGetValue(operationId, out var run))
        {
            return null;
        }

        var own = records
            .Where(record => RunRecordWindow.Holds(run, record))
            .OrderBy(record => record.Timestamp)
            .ThenBy(record => record.Sequence)
            .ToList();
        var children = runs.Values
            .Where(child => child.ParentOperationId == operationId)
            .OrderBy(child => child.StartedAt)
            .ThenBy(child => child.OperationId, StringComparer.Ordinal)
            .ToList();
        return new StepRunDetail(run, own, children);
    }

    public static StepOverview Overview(StepRecord[] records, OverviewWindow window)
    {
        var overview = new OverviewBuilder(window);
        foreach (var record in records)
        {
            var ticks = record.Timestamp.UtcTicks;
            if (ticks < window.SinceTicks || ticks >= window.UntilTicks || !RunRecords.CountsInOverview(record))
            {
                continue;
            }

            var failed = record.Status == StepStatus.Failed ? 1 : 0;
            var warning = record.Status == StepStatus.Warning ? 1 : 0;
            var isRun = RunRecords.IsRunRecord(record);
            overview.Add(RunRecords.OperationOf(record), isRun ? null : record.StepName, DurationHistogram.BucketOf(record.DurationMs), 1, failed, warning);
            if (isRun)
            {
                overview.AddTimeline(RunRecords.MinuteOf(ticks), 1, failed);
            }
        }

        return overview.Build();
    }

    public static IReadOnlyList<StepErrorGroup> ErrorGroups(StepRecord[] records, DateTimeOffset since, bool includeWarnings, int limit)
    {
        QueryArguments.CheckErrorGroupLimit(limit);
        var groups = new Dictionary<(string?, string, StepStatus, string?), (long Count, StepRecord Latest)>();
        foreach (var record in records)
        {
            if (record.Timestamp < since || !(record.IsError || (includeWarnings && record.Status == StepStatus.Warning)))
            {
                continue;
            }

            var key = (record.Operation, record.StepName, record.Status, record.ErrorMessage);
            groups[key] = groups.TryGetValue(key, out var group)
                ? (group.Count + 1, IsLater(record, group.Latest) ? record : group.Latest)
                : (1, record);
        }

        return groups
            .Select(pair => new StepErrorGroup(
                pair.Key.Item1, pair.Key.Item2, pair.Key.Item3, pair.Key.Item4, pair.Value.Count,
                pair.Value.Latest.Timestamp, pair.Value.Latest.OperationId, pair.Value.Latest.SubjectId))
            .OrderByDescending(group => group.LastSeen)
            .ThenByDescending(group => group.Count)
            .Take(limit)
            .ToList();
    }

    /// <summary>Every run, as its own records describe it, oldest first (equal times by sequence, then as added).</summary>
    private static Dictionary<string, StepRunSummary> Summaries(StepRecord[] records)
    {
        var runs = new Dictionary<string, StepRunSummary>(StringComparer.Ordinal);
        foreach (var record in records.Where(RunRecords.IsRunRecord).OrderBy(record => record.Timestamp).ThenBy(record => record.Sequence))
        {
            runs[record.OperationId!] = runs.TryGetValue(record.OperationId!, out var run) ? Updated(run, record) : New(record);
        }

        return runs;
    }

    private static StepRunSummary New(StepRecord record) => new()
    {
        OperationId = record.OperationId!,
        Operation = RunRecords.OperationOf(record),
        SubjectId = record.SubjectId,
        ParentOperationId = record.ParentOperationId,
        Kind = record.RunKind,
        Status = RunRecords.RunStatusOf(record.Status),
        StartedAt = record.Timestamp,
        UpdatedAt = record.Timestamp,
        DurationMs = record.IsTerminal ? record.DurationMs : null,
        TotalSteps = record.TotalSteps,
        ErrorMessage = record.ErrorMessage,
        Details = record.Details,
    };

    // The latest own record says where the run stands; the first, when it started. Parent and kind are set on any.
    private static StepRunSummary Updated(StepRunSummary run, StepRecord record) =>
        New(record) with
        {
            StartedAt = run.StartedAt,
            ParentOperationId = record.ParentOperationId ?? run.ParentOperationId,
            Kind = run.Kind == StepRunKind.Batch ? StepRunKind.Batch : record.RunKind,
        };

    private static bool IsLater(StepRecord record, StepRecord than) =>
        record.Timestamp > than.Timestamp || (record.Timestamp == than.Timestamp && record.Sequence >= than.Sequence);
}

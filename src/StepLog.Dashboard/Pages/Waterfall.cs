using System;
using System.Collections.Generic;
using System.Linq;
using StepLog.Dashboard.Html;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>One row of a run's waterfall: a step, or an operation that ran inside the run.</summary>
/// <param name="Depth">1 for the run's steps, 2 for the operations nested in it.</param>
/// <param name="Number">The step's number; 0 for a nested operation.</param>
/// <param name="Name">The step's (or nested operation's) name.</param>
/// <param name="Status">Where it stands: Pending for a planned step that never started.</param>
/// <param name="Start">When it started; null when it never did.</param>
/// <param name="End">When it ended; null while it runs or when it never started.</param>
/// <param name="DurationMs">How long it took, as its record says.</param>
/// <param name="ErrorMessage">What went wrong (or the warning, or why it was skipped).</param>
/// <param name="Notes">Its recoverable errors ("Retry 1: ...") and warnings before its end, oldest first.</param>
/// <param name="Details">The details of its latest record.</param>
/// <param name="OperationId">The nested operation's run id, to link to; null for a step.</param>
internal sealed record WaterfallRow(
    int Depth,
    int Number,
    string Name,
    StepStatus Status,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    double? DurationMs,
    string? ErrorMessage,
    IReadOnlyList<string> Notes,
    IReadOnlyDictionary<string, object?> Details,
    string? OperationId);

/// <summary>Makes a run's records into waterfall rows: each step from its start, retries and end; then the plan's steps that never started.</summary>
internal static class Waterfall
{
    /// <summary>The most nested runs drawn: a batch's items are its nested runs, and a page of a million rows helps nobody.</summary>
    public const int MaxNestedRows = 200;

    public static IReadOnlyList<WaterfallRow> Rows(StepRunDetail detail)
    {
        var started = new List<WaterfallRow>();
        var neverStarted = new List<WaterfallRow>();
        foreach (var step in detail.Records.Where(r => r.StepNumber > 0).GroupBy(r => r.StepNumber))
        {
            var row = StepRow(step.ToList());
            (row.Start is null ? neverStarted : started).Add(row);
        }

        foreach (var child in detail.Children.Take(MaxNestedRows))
        {
            started.Add(new WaterfallRow(
                2, 0, child.Operation, child.Status, child.StartedAt, EndOf(child), child.DurationMs, child.ErrorMessage,
                [], child.Details, child.OperationId));
        }

        // Stable: a step and the operation it started keep their order when they start at the same instant.
        return started.OrderBy(r => r.Start).ThenBy(r => r.Depth).Concat(neverStarted.OrderBy(r => r.Number)).ToList();
    }

    /// <summary>When a run ended: its start plus its duration, once it has one; else its latest record, or null while it runs.</summary>
    public static DateTimeOffset? EndOf(StepRunSummary run) =>
        run.DurationMs is { } ms ? run.StartedAt.AddMilliseconds(ms) : run.Status == StepStatus.Running ? null : run.UpdatedAt;

    private static WaterfallRow StepRow(List<StepRecord> records)
    {
        var first = records[0];
        var start = records.FirstOrDefault(r => r.Status == StepStatus.Running)?.Timestamp;
        var end = records.LastOrDefault(r => r.IsTerminal);
        var last = records[^1];
        var notes = records
            .Where(r => !ReferenceEquals(r, end) && r.Status is StepStatus.Error or StepStatus.Warning)
            .Select(r => (r.Status == StepStatus.Warning ? "Warning: " : string.Empty) + (r.ErrorMessage ?? Formats.StatusName(r.Status)))
            .ToList();
        var status = end?.Status ?? (start is null ? (notes.Count > 0 ? StepStatus.Error : StepStatus.Pending) : StepStatus.Running);

        // A step that ended without a start record (a record lost, or a store that kept only the end): its duration places it.
        if (start is null && end is not null)
        {
            start = end.DurationMs is { } ms ? end.Timestamp.AddMilliseconds(-ms) : end.Timestamp;
        }

        return new WaterfallRow(
            1, first.StepNumber, (end ?? last).StepName, status, start, end?.Timestamp, end?.DurationMs,
            end?.ErrorMessage ?? (status == StepStatus.Error ? notes[^1] : null), notes, (end ?? last).Details, null);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StepLog.Cli.Model;

namespace StepLog.Cli.Timeline;

/// <summary>
/// Turns the correlator's operation runs into timeline spans. A span starts at its start line's timestamp and lasts
/// the duration its end line reports; where the log has no timestamps (StepLog text without them), spans are laid end
/// to end from their durations, and the span says its times are estimated. Lines are written to the millisecond while
/// durations are finer, so the result is made consistent at the end: every span lies inside its parent, and the steps
/// of one operation, which run one after another, do not overlap.
/// </summary>
internal sealed class TimelineBuilder : IOperationObserver
{
    private readonly List<OperationRun> _topLevel = [];
    private bool _timed;

    /// <summary>Top-level operations, ordered by file and line, with their steps and nested operations.</summary>
    public IReadOnlyList<TimelineSpan> Build()
    {
        var spans = new List<TimelineSpan>();
        foreach (var file in _topLevel.GroupBy(operation => operation.File, StringComparer.Ordinal))
        {
            // Without timestamps, one top-level operation is taken to start where the one before it ended.
            var cursor = 0L;
            foreach (var operation in file.OrderBy(operation => operation.FirstEvent?.Line ?? 0))
            {
                var span = Operation(operation, parent: null, cursor);
                cursor = span.End;
                spans.Add(span);
            }
        }

        foreach (var span in spans)
        {
            Enclose(span);
            Confine(span, span.Start, span.End);
        }

        if (spans.Count > 0)
        {
            var origin = spans.Min(span => span.Start);
            Origin = _timed ? DateTimeOffset.UnixEpoch.AddTicks(origin * 10) : null;
            foreach (var span in spans.SelectMany(span => span.SelfAndDescendants()))
            {
                span.Start -= origin;
                span.End -= origin;
            }
        }

        return spans;
    }

    /// <summary>The moment the timeline's 0 stands for, when the log has timestamps.</summary>
    public DateTimeOffset? Origin { get; private set; }

    void IOperationObserver.OperationEnded(OperationRun operation)
    {
        if (operation.Parent is null)
        {
            _topLevel.Add(operation);
        }
    }

    private TimelineSpan Operation(OperationRun operation, TimelineSpan? parent, long fallbackStart)
    {
        var status = operation.Outcome switch
        {
            OperationOutcome.Succeeded => "success",
            OperationOutcome.Failed when string.Equals(operation.End?.Value("status"), "cancelled", StringComparison.OrdinalIgnoreCase) => "cancelled",
            OperationOutcome.Failed => "failed",
            OperationOutcome.Incomplete => "incomplete",
            _ => "running",
        };
        var first = operation.Start ?? operation.FirstEvent;
        var span = new TimelineSpan(SpanKind.Operation, operation.Name, status, parent) { File = operation.File, Line = first?.Line ?? 0 };
        var timed = At(operation.Start) ?? Before(operation.End, operation.DurationMs) ?? At(operation.FirstEvent);
        span.Start = timed ?? fallbackStart;
        _timed |= timed is not null;

        var cursor = span.Start;
        var openSteps = new List<TimelineSpan>();
        foreach (var step in operation.Steps)
        {
            var stepSpan = Step(step, span, cursor, out var open);
            span.Children.Add(stepSpan);
            if (open)
            {
                openSteps.Add(stepSpan);
            }

            cursor = Math.Max(cursor, stepSpan.End);
        }

        foreach (var child in operation.Children.Where(child => child.ParentStep is null))
        {
            span.Children.Add(Operation(child, span, span.Start));
        }

        var lastSeen = At(operation.LastEvent) ?? cursor;
        span.End = After(span.Start, operation.DurationMs) ?? At(operation.End) ?? Math.Max(cursor, lastSeen);
        span.End = Math.Max(span.End, span.Children.Select(child => child.End).DefaultIfEmpty(span.Start).Max());

        // A step that never ended ran until the next step started, or until its operation's end.
        foreach (var open in openSteps)
        {
            var next = span.Children.FirstOrDefault(other => other.Kind == SpanKind.Step && other.Start > open.Start && !ReferenceEquals(other, open));
            open.End = Math.Max(open.End, next?.Start ?? span.End);
        }

        span.Children.Sort((a, b) => a.Start.CompareTo(b.Start));
        Describe(span, operation, timed is null);
        return span;
    }

    private TimelineSpan Step(StepRun step, TimelineSpan operation, long cursor, out bool open)
    {
        var numbered = step.TotalSteps is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"[{step.Number}/{total}] {step.Name}")
            : string.Create(CultureInfo.InvariantCulture, $"[{step.Number}] {step.Name}");
        var first = step.Start ?? step.End;
        var span = new TimelineSpan(SpanKind.Step, numbered, StepStatus(step.Outcome), operation) { File = operation.File, Line = first?.Line ?? 0 };
        span.Start = At(step.Start) ?? Before(step.End, step.DurationMs) ?? cursor;

        var childCursor = span.Start;
        foreach (var child in step.Children)
        {
            var childSpan = Operation(child, span, childCursor);
            span.Children.Add(childSpan);
            childCursor = Math.Max(childCursor, childSpan.End);
        }

        var end = After(span.Start, step.DurationMs) ?? At(step.End);
        open = end is null;
        span.End = Math.Max(end ?? span.Start, childCursor);
        span.Children.Sort((a, b) => a.Start.CompareTo(b.Start));

        span.Details.Add(new("status", span.Status));
        span.Details.Add(new("operation", operation.Name));
        span.Details.Add(new("step_number", step.Number.ToString(CultureInfo.InvariantCulture)));
        if (step.DurationMs is { } duration)
        {
            span.Details.Add(new("duration_ms", duration.ToString("0.0##", CultureInfo.InvariantCulture)));
        }

        if (step.Text is { } text)
        {
            span.Details.Add(new(step.Outcome == StepOutcome.Failed ? "error" : "message", text));
        }

        if (step.Retries.Count > 0)
        {
            span.Details.Add(new("retries", step.Retries.Count.ToString(CultureInfo.InvariantCulture)));
        }

        AddMetadata(span, step.End ?? step.Start);
        span.Details.Add(new("file", span.File));
        span.Details.Add(new("line", span.Line.ToString(CultureInfo.InvariantCulture)));
        return span;
    }

    private static void Describe(TimelineSpan span, OperationRun operation, bool estimated)
    {
        span.Details.Add(new("status", span.Status));
        if (operation.OperationId is { } id)
        {
            span.Details.Add(new("operation_id", id));
        }

        if (operation.DurationMs is { } duration)
        {
            span.Details.Add(new("total_duration_ms", duration.ToString("0.0##", CultureInfo.InvariantCulture)));
        }

        if (operation.Error is { } error)
        {
            span.Details.Add(new("error", error));
        }

        if (operation.IncompleteReason != IncompleteReason.None)
        {
            span.Details.Add(new("incomplete", operation.IncompleteReason switch
            {
                IncompleteReason.CutOff => "the log ends while it runs (a crash or a kill)",
                IncompleteReason.Interrupted => "INTERRUPTED: stopped by a signal, its timeout or its caller",
                _ => "disposed without Complete",
            }));
        }

        if (operation.Parent is not null && operation.ParentStep is { } caller)
        {
            span.Details.Add(new("called_in", $"{operation.Parent.Name} [{caller.Number.ToString(CultureInfo.InvariantCulture)}] {caller.Name}"));
        }

        AddMetadata(span, operation.Start);
        if (estimated)
        {
            span.Details.Add(new("times", "estimated from durations: the log has no timestamps"));
        }

        span.Details.Add(new("file", span.File));
        span.Details.Add(new("line", span.Line.ToString(CultureInfo.InvariantCulture)));
    }

    private static void AddMetadata(TimelineSpan span, LogEvent? line)
    {
        if (line is null)
        {
            return;
        }

        foreach (var pair in line.Metadata)
        {
            if (!span.Details.Any(detail => detail.Key == pair.Key))
            {
                span.Details.Add(pair);
            }
        }
    }

    /// <summary>Stretches each span over its children, innermost first: a caller lasts at least as long as what it called.</summary>
    private static void Enclose(TimelineSpan span)
    {
        foreach (var child in span.Children)
        {
            Enclose(child);
            span.Start = Math.Min(span.Start, child.Start);
            span.End = Math.Max(span.End, child.End);
        }
    }

    /// <summary>
    /// Keeps a span inside <paramref name="from"/>..<paramref name="to"/>, and a step from running into the next step of
    /// its operation (the millisecond of a timestamp against the tenth of a millisecond of a duration), then its children.
    /// </summary>
    private static void Confine(TimelineSpan span, long from, long to)
    {
        span.Start = Math.Clamp(span.Start, from, to);
        span.End = Math.Clamp(span.End, span.Start, to);
        for (var i = 0; i < span.Children.Count; i++)
        {
            var child = span.Children[i];
            var limit = child.Kind == SpanKind.Step ? Math.Min(span.End, NextStepStart(span, i)) : span.End;
            Confine(child, span.Start, Math.Max(span.Start, limit));
        }
    }

    private static long NextStepStart(TimelineSpan operation, int index)
    {
        for (var i = index + 1; i < operation.Children.Count; i++)
        {
            if (operation.Children[i].Kind == SpanKind.Step)
            {
                return operation.Children[i].Start;
            }
        }

        return long.MaxValue;
    }

    private static string StepStatus(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Succeeded => "success",
        StepOutcome.Failed => "failed",
        StepOutcome.Skipped => "skipped",
        StepOutcome.Cancelled => "cancelled",
        StepOutcome.Warning => "warning",
        StepOutcome.Unfinished => "unfinished",
        _ => "running",
    };

    // Microseconds since the Unix epoch of a line's timestamp.
    private static long? At(LogEvent? line) => line?.Timestamp is { } stamp ? (stamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10 : null;

    private static long? Micros(double? milliseconds) =>
        milliseconds is { } ms && ms >= 0 && ms < 1e12 ? (long)Math.Round(ms * 1000) : null;

    private static long? After(long start, double? milliseconds) => Micros(milliseconds) is { } duration ? start + duration : null;

    private static long? Before(LogEvent? end, double? milliseconds) =>
        At(end) is { } stamp && Micros(milliseconds) is { } duration ? stamp - duration : null;
}

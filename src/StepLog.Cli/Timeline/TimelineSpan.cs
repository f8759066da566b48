using System.Collections.Generic;

namespace StepLog.Cli.Timeline;

/// <summary>What a span of the timeline is.</summary>
internal enum SpanKind
{
    Operation,
    Step,
}

/// <summary>
/// One bar of the timeline: an operation run or a step run, its interval in whole microseconds (so that containment is
/// exact, with no rounding between what is checked and what is written), what it contains, and where it is drawn.
/// </summary>
internal sealed class TimelineSpan
{
    public TimelineSpan(SpanKind kind, string name, string status, TimelineSpan? parent)
    {
        Kind = kind;
        Name = name;
        Status = status;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public SpanKind Kind { get; }

    /// <summary>The operation's name, or the step's as <c>[n/N] name</c>.</summary>
    public string Name { get; }

    /// <summary>success, failed, incomplete, skipped, cancelled, warning, unfinished, running.</summary>
    public string Status { get; }

    /// <summary>The step an operation was called in, or the operation a step belongs to; null for a top-level operation.</summary>
    public TimelineSpan? Parent { get; }

    /// <summary>How deep in the call tree: 0 for a top-level operation.</summary>
    public int Depth { get; }

    /// <summary>Microseconds since the timeline's origin.</summary>
    public long Start { get; set; }

    public long End { get; set; }

    public long Duration => End - Start;

    /// <summary>The steps of an operation, the operations called in a step, each in the order they started.</summary>
    public List<TimelineSpan> Children { get; } = [];

    /// <summary>What the trace shows in <c>args</c> and the page in the bar's tooltip, in this order.</summary>
    public List<KeyValuePair<string, string>> Details { get; } = [];

    /// <summary>The file the span was read from; a file is a process (<c>pid</c>) of its own in the trace.</summary>
    public string File { get; init; } = "";

    /// <summary>The line it starts on in its file.</summary>
    public long Line { get; init; }

    /// <summary>The lane (<c>tid</c>) it is drawn on, within its file.</summary>
    public int Lane { get; set; }

    /// <summary>How many spans it is nested in on its lane: its row within the lane in the page.</summary>
    public int LaneLevel { get; set; }

    public bool IsFailure => Status is "failed" or "cancelled";

    public bool IsAncestorOf(TimelineSpan other)
    {
        for (var up = other.Parent; up is not null; up = up.Parent)
        {
            if (ReferenceEquals(up, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This span and every span inside it, parents before children.</summary>
    public IEnumerable<TimelineSpan> SelfAndDescendants()
    {
        var stack = new Stack<TimelineSpan>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var span = stack.Pop();
            yield return span;
            for (var i = span.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(span.Children[i]);
            }
        }
    }
}

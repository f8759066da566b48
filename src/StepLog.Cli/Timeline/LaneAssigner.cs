using System.Collections.Generic;
using System.Linq;

namespace StepLog.Cli.Timeline;

/// <summary>
/// Puts spans on lanes so that on one lane two spans either do not overlap or one is the other's ancestor: a span goes
/// on its parent's lane when the parent is the innermost span open there, else on the first lane with nothing open at
/// its start, else on a new lane. So parallel operations get lanes of their own, and a nested operation sits under the
/// step that called it whenever nothing else runs there.
/// </summary>
internal static class LaneAssigner
{
    /// <summary>Assigns <see cref="TimelineSpan.Lane"/> and <see cref="TimelineSpan.LaneLevel"/>; returns the number of lanes.</summary>
    public static int Assign(IEnumerable<TimelineSpan> spans)
    {
        // By start; at the same start (timestamps of a millisecond hold many lines), in the order the log wrote them:
        // a parent's line comes before its children's, and a step that called an operation before the next step, which
        // may share its start when the step was cut there. Rolled files sort in their rolling order (x.log, x_001.log).
        var ordered = spans.OrderBy(span => span.Start)
            .ThenBy(span => span.File, System.StringComparer.Ordinal)
            .ThenBy(span => span.Line)
            .ToList();
        var lanes = new List<Stack<TimelineSpan>>();
        foreach (var span in ordered)
        {
            foreach (var lane in lanes)
            {
                // What ended by now is no longer open; an ancestor of the span is open however short it is.
                while (lane.Count > 0 && lane.Peek().End <= span.Start && !lane.Peek().IsAncestorOf(span))
                {
                    lane.Pop();
                }
            }

            var chosen = -1;
            if (span.Parent is { } parent && IsFreeFor(lanes[parent.Lane], span))
            {
                chosen = parent.Lane;
            }

            for (var i = 0; chosen < 0 && i < lanes.Count; i++)
            {
                if (lanes[i].Count == 0)
                {
                    chosen = i;
                }
            }

            if (chosen < 0)
            {
                lanes.Add(new Stack<TimelineSpan>());
                chosen = lanes.Count - 1;
            }

            span.Lane = chosen;
            span.LaneLevel = lanes[chosen].Count;
            lanes[chosen].Push(span);
        }

        return lanes.Count;
    }

    private static bool IsFreeFor(Stack<TimelineSpan> lane, TimelineSpan span) =>
        lane.Count == 0 || ReferenceEquals(lane.Peek(), span.Parent);
}

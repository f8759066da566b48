using System;
using System.Collections.Generic;
using System.Linq;

namespace StepLog.Cli.Timeline;

/// <summary>The timeline ready to write: spans grouped by file (a process each), with their lanes assigned.</summary>
internal sealed class TimelineLayout
{
    private TimelineLayout(IReadOnlyList<TimelineFile> files, DateTimeOffset? origin)
    {
        Files = files;
        Origin = origin;
    }

    public IReadOnlyList<TimelineFile> Files { get; }

    /// <summary>The moment 0 stands for; null when the times are estimated from durations.</summary>
    public DateTimeOffset? Origin { get; }

    /// <summary>The end of the last span, in microseconds.</summary>
    public long End => Files.SelectMany(file => file.Operations).Select(span => span.End).DefaultIfEmpty(0).Max();

    public IEnumerable<TimelineSpan> AllSpans => Files.SelectMany(file => file.Operations).SelectMany(span => span.SelfAndDescendants());

    public static TimelineLayout Of(IReadOnlyList<TimelineSpan> operations, DateTimeOffset? origin)
    {
        var files = operations
            .GroupBy(span => span.File, StringComparer.Ordinal)
            .Select((group, index) =>
            {
                var list = group.ToList();
                var lanes = LaneAssigner.Assign(list.SelectMany(span => span.SelfAndDescendants()));
                return new TimelineFile(index + 1, group.Key, list, lanes);
            })
            .ToList();
        return new TimelineLayout(files, origin);
    }
}

/// <summary>One input file's spans: a process (<c>pid</c>) in the trace, a band of lanes on the page.</summary>
internal sealed record TimelineFile(int ProcessId, string Name, IReadOnlyList<TimelineSpan> Operations, int Lanes);

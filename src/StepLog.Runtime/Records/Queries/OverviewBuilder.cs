using System;
using System.Collections.Generic;
using System.Linq;

namespace StepLog.Records;

/// <summary>
/// Builds a <see cref="StepOverview"/> from counts, whatever store they come from: per operation and step, counts by
/// duration bucket (<see cref="DurationHistogram"/>); per minute, runs ended and failed. The stores differ only in how
/// they sum the counts, so every store orders the lines and computes the percentiles alike.
/// </summary>
internal sealed class OverviewBuilder
{
    private readonly OverviewWindow _window;
    private readonly Dictionary<(string Operation, string? Step), Line> _lines = new();
    private readonly long[] _runs;
    private readonly long[] _failed;

    public OverviewBuilder(OverviewWindow window)
    {
        _window = window;
        _runs = new long[window.BucketCount];
        _failed = new long[window.BucketCount];
    }

    /// <summary>Counts of one operation (step null) or one step, in one duration bucket.</summary>
    public void Add(string operation, string? step, int durationBucket, long count, long failed, long warnings)
    {
        if (!_lines.TryGetValue((operation, step), out var line))
        {
            line = new Line();
            _lines.Add((operation, step), line);
        }

        line.Count += count;
        line.Failed += failed;
        line.Warnings += warnings;
        if (durationBucket >= 0 && durationBucket < DurationHistogram.Buckets)
        {
            line.Durations[durationBucket] += count;
        }
    }

    /// <summary>Runs ended (and failed) in one minute.</summary>
    public void AddTimeline(long minuteTicks, long runs, long failed)
    {
        var bucket = _window.BucketOf(minuteTicks);
        if (bucket >= 0)
        {
            _runs[bucket] += runs;
            _failed[bucket] += failed;
        }
    }

    public StepOverview Build()
    {
        var operations = _lines
            .Where(pair => pair.Key.Step is null)
            .Select(pair => Stats(pair.Key, pair.Value))
            .OrderByDescending(stats => stats.Count)
            .ThenBy(stats => stats.Operation, StringComparer.Ordinal)
            .ToList();
        var steps = _lines
            .Where(pair => pair.Key.Step is not null)
            .Select(pair => Stats(pair.Key, pair.Value))
            .OrderBy(stats => stats.Operation, StringComparer.Ordinal)
            .ThenByDescending(stats => stats.P95Ms ?? -1)
            .ThenBy(stats => stats.StepName, StringComparer.Ordinal)
            .ToList();
        var timeline = new StepTimeBucket[_window.BucketCount];
        for (var bucket = 0; bucket < timeline.Length; bucket++)
        {
            timeline[bucket] = new StepTimeBucket(_window.StartOf(bucket), _runs[bucket], _failed[bucket]);
        }

        return new StepOverview(
            new DateTimeOffset(_window.SinceTicks, TimeSpan.Zero), new DateTimeOffset(_window.UntilTicks, TimeSpan.Zero), operations, steps, timeline);
    }

    private static StepStats Stats((string Operation, string? Step) key, Line line) =>
        new(key.Operation, key.Step, line.Count, line.Failed, line.Warnings,
            DurationHistogram.Percentile(line.Durations, 0.50), DurationHistogram.Percentile(line.Durations, 0.95));

    private sealed class Line
    {
        public long Count { get; set; }

        public long Failed { get; set; }

        public long Warnings { get; set; }

        public long[] Durations { get; } = new long[DurationHistogram.Buckets];
    }
}

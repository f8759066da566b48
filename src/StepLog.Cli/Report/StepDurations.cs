using System;
using System.Collections.Generic;

namespace StepLog.Cli.Report;

/// <summary>The durations of every step, grouped by operation name and step name.</summary>
internal sealed class StepDurations
{
    private readonly Dictionary<(string Operation, string Step), DurationDigest> _groups = [];

    public void Add(string operation, string step, double milliseconds)
    {
        if (!_groups.TryGetValue((operation, step), out var digest))
        {
            digest = new DurationDigest();
            _groups[(operation, step)] = digest;
        }

        digest.Add(milliseconds);
    }

    /// <summary>Every group whose slowest run took at least <paramref name="slowMs"/>, slowest first.</summary>
    public List<SlowStep> Slow(double slowMs)
    {
        var slow = new List<SlowStep>();
        foreach (var ((operation, step), digest) in _groups)
        {
            if (digest.Max >= slowMs)
            {
                slow.Add(new SlowStep(operation, step, digest.Count, Math.Round(digest.Quantile(0.5), 1), Math.Round(digest.Quantile(0.95), 1), digest.Max, digest.IsSketch));
            }
        }

        slow.Sort(static (a, b) => b.MaxMs.CompareTo(a.MaxMs) is var byMax && byMax != 0 ? byMax : string.CompareOrdinal(a.Operation + a.Step, b.Operation + b.Step));
        return slow;
    }
}

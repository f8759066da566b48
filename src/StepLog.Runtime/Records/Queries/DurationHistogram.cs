using System;
using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>
/// The log-spaced duration buckets the stores count durations in, so that a percentile over any window is a sum of
/// counts rather than a sort of every duration: eight buckets per doubling from 0.1 ms (each ~9% wide) up to about
/// five days, the last bucket open-ended. A percentile is the middle of the bucket the ranked duration falls in, so it
/// is exact to within one bucket.
/// </summary>
internal static class DurationHistogram
{
    /// <summary>How many buckets there are.</summary>
    public const int Buckets = 256;

    /// <summary>The bucket of a record without a duration: counted, in no percentile.</summary>
    public const int NoDuration = -1;

    private const double Smallest = 0.1;
    private const double PerDoubling = 8;

    /// <summary>The bucket a duration falls in; <see cref="NoDuration"/> for none.</summary>
    public static int BucketOf(double? durationMs)
    {
        if (durationMs is not { } ms || double.IsNaN(ms))
        {
            return NoDuration;
        }

        if (ms <= Smallest)
        {
            return 0;
        }

        var bucket = Math.Floor(PerDoubling * Math.Log(ms / Smallest, 2));
        return bucket >= Buckets - 1 ? Buckets - 1 : (int)bucket;
    }

    /// <summary>The duration a bucket stands for: its geometric middle, rounded to 0.1 ms.</summary>
    public static double ValueOf(int bucket) => Math.Round(Smallest * Math.Pow(2, (bucket + 0.5) / PerDoubling), 1);

    /// <summary>
    /// The nearest-rank percentile of the durations counted per bucket, or null when none has a duration.
    /// </summary>
    /// <param name="counts">How many durations fell in each bucket (indexed by bucket).</param>
    /// <param name="percentile">From 0 (exclusive) to 1.</param>
    public static double? Percentile(IReadOnlyList<long> counts, double percentile)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        if (total == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(percentile * total);
        long seen = 0;
        for (var bucket = 0; bucket < counts.Count; bucket++)
        {
            seen += counts[bucket];
            if (seen >= rank)
            {
                return ValueOf(bucket);
            }
        }

        return ValueOf(counts.Count - 1);
    }
}

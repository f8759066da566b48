using System;

namespace StepLog.Records;

/// <summary>
/// An overview's window as the stores read it. It is widened to the grain the stores count at, so that a window costs
/// about the same to read whatever its length: a window of up to two hours to whole minutes, up to two days to whole
/// hours, a longer one to whole (UTC) days; since down, until up. It is cut into timeline buckets from its start, and
/// split into the coarse units (hours, or days) wholly inside it and the fine units (minutes, or hours) at its edges,
/// the grains of the database stores' rollups.
/// </summary>
internal readonly struct OverviewWindow
{
    /// <summary>The most buckets a timeline may have.</summary>
    public const int MaxBuckets = 400;

    // The grains, as the rollup rows store them.
    private const int MinuteGrain = 0;
    private const int HourGrain = 1;
    private const int DayGrain = 2;

    private OverviewWindow(long since, long until, long bucket, long fine)
    {
        SinceTicks = since;
        UntilTicks = until;
        BucketTicks = bucket;
        BucketCount = (int)((until - since + bucket - 1) / bucket);
        (FineGrain, CoarseGrain, var coarse) = fine switch
        {
            TimeSpan.TicksPerMinute => (MinuteGrain, HourGrain, TimeSpan.TicksPerHour),
            TimeSpan.TicksPerHour => (HourGrain, DayGrain, TimeSpan.TicksPerDay),
            _ => (DayGrain, DayGrain, TimeSpan.TicksPerDay),
        };
        var first = Floor(since + coarse - 1, coarse);
        var last = Floor(until, coarse);
        CoarseFrom = first < last ? first : until;
        CoarseUntil = first < last ? last : until;
    }

    public long SinceTicks { get; }

    public long UntilTicks { get; }

    public long BucketTicks { get; }

    public int BucketCount { get; }

    /// <summary>The grain of the rows at the window's edges (0 minute, 1 hour, 2 day).</summary>
    public int FineGrain { get; }

    /// <summary>The grain of the rows wholly inside the window.</summary>
    public int CoarseGrain { get; }

    /// <summary>The first coarse unit wholly inside the window (<see cref="UntilTicks"/> when there is none).</summary>
    public long CoarseFrom { get; }

    /// <summary>The end of the last coarse unit wholly inside the window.</summary>
    public long CoarseUntil { get; }

    /// <exception cref="ArgumentException">The window is empty, or the bucket is not a whole number of minutes, or too small for the window.</exception>
    public static OverviewWindow Of(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket)
    {
        if (until <= since)
        {
            throw new ArgumentException($"The overview's window ends ({until:O}) before it starts ({since:O}): give an until later than since.", nameof(until));
        }

        if (bucket < TimeSpan.FromMinutes(1) || bucket.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "A timeline bucket is a whole number of minutes, at least one.");
        }

        var span = until - since;
        var fine = span > TimeSpan.FromDays(2) ? TimeSpan.TicksPerDay : span > TimeSpan.FromHours(2) ? TimeSpan.TicksPerHour : TimeSpan.TicksPerMinute;
        var window = new OverviewWindow(Floor(since.UtcTicks, fine), Floor(until.UtcTicks + fine - 1, fine), bucket.Ticks, fine);
        if (window.BucketCount > MaxBuckets)
        {
            throw new ArgumentOutOfRangeException(
                nameof(bucket), bucket, $"A window of {until - since} in buckets of {bucket} makes {window.BucketCount} buckets: give a bucket wide enough for at most {MaxBuckets}.");
        }

        return window;
    }

    /// <summary>Which timeline bucket a minute falls in, or -1 outside the window.</summary>
    public int BucketOf(long minuteTicks) =>
        minuteTicks < SinceTicks || minuteTicks >= UntilTicks ? -1 : (int)((minuteTicks - SinceTicks) / BucketTicks);

    public DateTimeOffset StartOf(int bucket) => new(SinceTicks + (bucket * BucketTicks), TimeSpan.Zero);

    private static long Floor(long ticks, long unit) => ticks - (ticks % unit);
}

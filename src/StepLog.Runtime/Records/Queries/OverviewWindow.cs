using System;

namespace StepLog.Records;

/// <summary>
/// An overview's window as the stores read it: widened to whole minutes (the grain they aggregate at: since down,
/// until up), cut into timeline buckets from its start, and split into the whole hours inside it and the minutes at
/// its edges (the two grains of the database stores' rollups).
/// </summary>
internal readonly struct OverviewWindow
{
    /// <summary>The most buckets a timeline may have.</summary>
    public const int MaxBuckets = 400;

    private OverviewWindow(long since, long until, long bucket)
    {
        SinceTicks = since;
        UntilTicks = until;
        BucketTicks = bucket;
        BucketCount = (int)((until - since + bucket - 1) / bucket);
        var firstHour = RunRecords.HourOf(since + TimeSpan.TicksPerHour - 1);
        var lastHour = RunRecords.HourOf(until);
        HoursFrom = firstHour < lastHour ? firstHour : until;
        HoursUntil = firstHour < lastHour ? lastHour : until;
    }

    public long SinceTicks { get; }

    public long UntilTicks { get; }

    public long BucketTicks { get; }

    public int BucketCount { get; }

    /// <summary>The first whole hour inside the window (<see cref="UntilTicks"/> when there is none).</summary>
    public long HoursFrom { get; }

    /// <summary>The end of the last whole hour inside the window.</summary>
    public long HoursUntil { get; }

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

        var start = RunRecords.MinuteOf(since.UtcTicks);
        var end = RunRecords.MinuteOf(until.UtcTicks + TimeSpan.TicksPerMinute - 1);
        var window = new OverviewWindow(start, end, bucket.Ticks);
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
}

using System;
using System.Diagnostics;
using System.Threading;

namespace StepLog;

/// <summary>
/// The sampling of successful operations as it is now: one immutable snapshot, replaced whole when a setting changes,
/// so that an operation reads all of it at once. <see cref="Current"/> is null at a rate of 1 (the default): then
/// nothing is held, and an operation pays one static read to learn it.
/// </summary>
internal sealed class SamplingSettings
{
    public const int DefaultMaxHeldLines = 1000;

    private static readonly object Gate = new();
    private static SamplingSettings s_configured = new(1.0, null, DefaultMaxHeldLines);
    private static SamplingSettings? s_current;

    public SamplingSettings(double rate, TimeSpan? slowThreshold, int maxHeldLines)
    {
        Rate = rate;
        SlowThreshold = slowThreshold;
        MaxHeldLines = maxHeldLines;
        SlowThresholdTicks = slowThreshold is { } threshold
            ? (long)(threshold.Ticks * (double)Stopwatch.Frequency / TimeSpan.TicksPerSecond)
            : long.MaxValue;
    }

    /// <summary>The settings in force when some operations are sampled; null when every operation is kept.</summary>
    public static SamplingSettings? Current => Volatile.Read(ref s_current);

    /// <summary>The settings as configured, also at a rate of 1.</summary>
    public static SamplingSettings Configured => Volatile.Read(ref s_configured);

    /// <summary>Where held lines take their timestamps; replaced by tests that need known times.</summary>
    internal static Func<DateTimeOffset> Clock { get; set; } = static () => DateTimeOffset.UtcNow;

    public double Rate { get; }

    public TimeSpan? SlowThreshold { get; }

    /// <summary>The threshold in <see cref="Stopwatch"/> ticks; <see cref="long.MaxValue"/> for none.</summary>
    public long SlowThresholdTicks { get; }

    public int MaxHeldLines { get; }

    /// <summary>Replaces the settings; returns the ones they replace.</summary>
    public static SamplingSettings Set(SamplingSettings settings)
    {
        lock (Gate)
        {
            var previous = s_configured;
            Volatile.Write(ref s_configured, settings);
            Volatile.Write(ref s_current, settings.Rate < 1.0 ? settings : null);
            return previous;
        }
    }

    /// <summary>Puts <paramref name="previous"/> back if the settings are still <paramref name="expected"/>.</summary>
    public static void Restore(SamplingSettings expected, SamplingSettings previous)
    {
        lock (Gate)
        {
            if (ReferenceEquals(s_configured, expected))
            {
                Set(previous);
            }
        }
    }

    public SamplingSettings WithRate(double rate) => new(rate, SlowThreshold, MaxHeldLines);

    public SamplingSettings WithSlowThreshold(TimeSpan? threshold) => new(Rate, threshold, MaxHeldLines);

    public SamplingSettings WithMaxHeldLines(int maxHeldLines) => new(Rate, SlowThreshold, maxHeldLines);

    /// <summary>
    /// Whether a run is drawn to be kept whatever its outcome. The draw is made from the run's id, which is random per
    /// process (or the span's random id): it costs no random generator shared between threads, cannot depend on how
    /// the run ends, and gives the same answer for the same run every time it is asked.
    /// </summary>
    public bool Draws(OperationId id) => Rate > 0 && (id.Bits >> 11) * (1.0 / (1UL << 53)) < Rate;
}

using System;
using System.Diagnostics;

namespace StepLog;

/// <summary>
/// The sampling of successful operations: one immutable value, part of the <see cref="StepLogConfiguration"/> and
/// replaced whole when a setting changes, so that an operation reads all of it at once. <see cref="Current"/> is null
/// at a rate of 1 (the default): then nothing is held, and an operation pays one null check to learn it.
/// </summary>
internal sealed class SamplingSettings
{
    public const int DefaultMaxHeldLines = 1000;

    // What each setting may be, for the errors of StepLogging's setters and of StepLogOptions alike.
    public const string RateRule = "the share of successful operations whose lines are written is a number from 0 (none) to 1 (all, the default).";
    public const string SlowThresholdRule = "the threshold is a duration of zero or more, or null for none.";
    public const string MaxHeldLinesRule = "the number of lines an operation may hold is 1 or more (1,000 by default).";

    /// <summary>Every operation's lines, no threshold, 1,000 held lines at most.</summary>
    public static readonly SamplingSettings Defaults = new(1.0, null, DefaultMaxHeldLines);

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
    public static SamplingSettings? Current => ConfigurationSlot.Current.ActiveSampling;

    /// <summary>The settings as configured, also at a rate of 1.</summary>
    public static SamplingSettings Configured => ConfigurationSlot.Current.Sampling;

    /// <summary>Where held lines take their timestamps; replaced by tests that need known times.</summary>
    internal static Func<DateTimeOffset> Clock
    {
        get => ConfigurationSlot.Current.Clock;
        set => ConfigurationSlot.Active.Update(configuration => configuration.WithClock(value ?? throw new ArgumentNullException(nameof(value))));
    }

    public double Rate { get; }

    public TimeSpan? SlowThreshold { get; }

    /// <summary>The threshold in <see cref="Stopwatch"/> ticks; <see cref="long.MaxValue"/> for none.</summary>
    public long SlowThresholdTicks { get; }

    public int MaxHeldLines { get; }

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

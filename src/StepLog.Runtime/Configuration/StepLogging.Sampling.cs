using System;

namespace StepLog;

/// <summary>The sampling half of StepLog's global settings: which successful operations write their lines.</summary>
public static partial class StepLogging
{
    /// <summary>
    /// The share of successful operations whose lines are written, from 0 to 1 (1, every operation, by default).
    /// Below 1, the lines of a top-level operation (with those of every operation nested in it) are held in memory
    /// until it ends; they are then written all together, in order and with the times they were logged at, when the
    /// operation failed, was cancelled or incomplete, logged a failure, warning or retry, was slower than
    /// <see cref="SlowOperationThreshold"/>, or was drawn at this rate when it started; otherwise none of them is.
    /// Spans and step records see every operation: sampling applies to lines only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 1.</exception>
    public static double SuccessSampleRate
    {
        get => SamplingSettings.Configured.Rate;
        set
        {
            var rate = value is >= 0.0 and <= 1.0
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "SuccessSampleRate: " + SamplingSettings.RateRule);
            UpdateSampling(sampling => sampling.WithRate(rate));
        }
    }

    /// <summary>
    /// When sampling (<see cref="SuccessSampleRate"/> below 1), an operation that takes at least this long keeps its
    /// lines even when it succeeded; null (the default) for no such threshold.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static TimeSpan? SlowOperationThreshold
    {
        get => SamplingSettings.Configured.SlowThreshold;
        set
        {
            var threshold = value is { Ticks: < 0 }
                ? throw new ArgumentOutOfRangeException(nameof(value), value, "SlowOperationThreshold: " + SamplingSettings.SlowThresholdRule)
                : value;
            UpdateSampling(sampling => sampling.WithSlowThreshold(threshold));
        }
    }

    /// <summary>
    /// When sampling, how many lines one top-level operation may hold (1,000 by default). An operation that logs
    /// more is kept: what it held is written, and its later lines are written as they come.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int MaxHeldLinesPerOperation
    {
        get => SamplingSettings.Configured.MaxHeldLines;
        set
        {
            var maxHeldLines = value >= 1
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxHeldLinesPerOperation: " + SamplingSettings.MaxHeldLinesRule);
            UpdateSampling(sampling => sampling.WithMaxHeldLines(maxHeldLines));
        }
    }

    // Checked before: nothing throws inside the swap.
    private static void UpdateSampling(Func<SamplingSettings, SamplingSettings> change) =>
        ConfigurationSlot.Active.Update(configuration => configuration.WithSampling(change(configuration.Sampling)));
}

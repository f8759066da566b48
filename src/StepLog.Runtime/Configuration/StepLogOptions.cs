using System;

namespace StepLog;

/// <summary>
/// StepLog's settings for an application's logging setup, given to <c>AddStepLog(options =&gt; …)</c>: they become
/// <see cref="StepLogging"/>'s settings when the container builds its logger factory, and go back to what they were
/// when it is disposed.
/// </summary>
public sealed class StepLogOptions
{
    /// <summary>The share of successful operations whose lines are written, from 0 to 1; see <see cref="StepLogging.SuccessSampleRate"/>.</summary>
    public double SuccessSampleRate { get; set; } = 1.0;

    /// <summary>How long an operation takes at least to keep its lines even when it succeeded; see <see cref="StepLogging.SlowOperationThreshold"/>.</summary>
    public TimeSpan? SlowOperationThreshold { get; set; }

    /// <summary>How many lines one top-level operation may hold while sampled; see <see cref="StepLogging.MaxHeldLinesPerOperation"/>.</summary>
    public int MaxHeldLinesPerOperation { get; set; } = SamplingSettings.DefaultMaxHeldLines;

    internal SamplingSettings ToSampling() => new(SuccessSampleRate, SlowOperationThreshold, MaxHeldLinesPerOperation);
}

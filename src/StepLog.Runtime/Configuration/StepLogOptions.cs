using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>
/// StepLog's settings for an application's logging setup, given to <c>AddStepLog(options =&gt; …)</c> (or bound with
/// <c>services.AddOptions&lt;StepLogOptions&gt;()</c>): they become StepLog's settings when the container builds its
/// logger factory, and go back to what they were when it is disposed. A host checks them when it starts.
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

    /// <summary>What is wrong with the settings, each naming the option and what to set it to; empty when nothing is.</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (SuccessSampleRate is not (>= 0.0 and <= 1.0))
        {
            problems.Add(Invariant($"StepLogOptions.SuccessSampleRate is {SuccessSampleRate}: {SamplingSettings.RateRule}"));
        }

        if (SlowOperationThreshold is { Ticks: < 0 } threshold)
        {
            problems.Add(Invariant($"StepLogOptions.SlowOperationThreshold is {threshold}: {SamplingSettings.SlowThresholdRule}"));
        }

        if (MaxHeldLinesPerOperation < 1)
        {
            problems.Add(Invariant($"StepLogOptions.MaxHeldLinesPerOperation is {MaxHeldLinesPerOperation}: {SamplingSettings.MaxHeldLinesRule}"));
        }

        return problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks <see cref="StepLogOptions"/> when they are first read, and at a host's start.</summary>
    internal sealed class Validation : IValidateOptions<StepLogOptions>
    {
        public ValidateOptionsResult Validate(string? name, StepLogOptions options)
        {
            var problems = options.Problems();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

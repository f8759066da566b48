using System;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>
/// How <see cref="StepHealthCheck"/> judges the recent steps: among the terminal records (Success, Warning, Failed,
/// Skipped) of the last <see cref="Window"/>, the failure rate is Failed / terminal. Below
/// <see cref="DegradedFailureRate"/> is Healthy, from it Degraded, from <see cref="UnhealthyFailureRate"/> Unhealthy.
/// With fewer than <see cref="MinimumSteps"/> terminal records a rate means little: Healthy, unless one failed (Degraded).
/// </summary>
public sealed class StepHealthCheckOptions
{
    /// <summary>How far back the check looks (default 5 minutes).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The failure rate from which the check is Degraded (default 0.05).</summary>
    public double DegradedFailureRate { get; set; } = 0.05;

    /// <summary>The failure rate from which the check is Unhealthy (default 0.25).</summary>
    public double UnhealthyFailureRate { get; set; } = 0.25;

    /// <summary>The fewest terminal records for the rate to count (default 10).</summary>
    public int MinimumSteps { get; set; } = 10;

    /// <summary>How many failing steps the result's data names, most failures first (default 5).</summary>
    public int TopFailingSteps { get; set; } = 5;

    /// <summary>How many of the latest error messages the result's data holds (default 5).</summary>
    public int LatestErrors { get; set; } = 5;

    // The public constructors take options directly: bad ones are refused there as an argument.
    internal void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(StepHealthCheckOptions), problem);
        }
    }

    /// <summary>What is wrong with the options, naming each and what it should be; null when nothing is.</summary>
    internal string? Problem()
    {
        if (Window <= TimeSpan.Zero)
        {
            return Invariant($"StepHealthCheckOptions.Window is {Window}: it must be positive.");
        }

        if (DegradedFailureRate is not (> 0 and <= 1) || UnhealthyFailureRate is not (> 0 and <= 1) || UnhealthyFailureRate < DegradedFailureRate)
        {
            return Invariant($"StepHealthCheckOptions needs 0 < DegradedFailureRate ({DegradedFailureRate}) <= UnhealthyFailureRate ({UnhealthyFailureRate}) <= 1.");
        }

        if (MinimumSteps < 0 || TopFailingSteps < 0 || LatestErrors < 0)
        {
            return Invariant($"StepHealthCheckOptions.MinimumSteps ({MinimumSteps}), TopFailingSteps ({TopFailingSteps}) and LatestErrors ({LatestErrors}) cannot be negative.");
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks the options of each named check when they are first read, and at a host's start.</summary>
    internal sealed class Validation : IValidateOptions<StepHealthCheckOptions>
    {
        public ValidateOptionsResult Validate(string? name, StepHealthCheckOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail($"The health check '{name}': {problem}") : ValidateOptionsResult.Success;
    }
}

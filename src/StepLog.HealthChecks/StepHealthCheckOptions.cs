using System;

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

    internal void Validate()
    {
        if (Window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "StepHealthCheckOptions.Window must be positive.");
        }

        if (DegradedFailureRate is <= 0 or > 1 || UnhealthyFailureRate is <= 0 or > 1 || UnhealthyFailureRate < DegradedFailureRate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(UnhealthyFailureRate),
                $"StepHealthCheckOptions needs 0 < DegradedFailureRate ({DegradedFailureRate}) <= UnhealthyFailureRate ({UnhealthyFailureRate}) <= 1.");
        }

        if (MinimumSteps < 0 || TopFailingSteps < 0 || LatestErrors < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumSteps), "StepHealthCheckOptions.MinimumSteps, TopFailingSteps and LatestErrors cannot be negative.");
        }
    }
}

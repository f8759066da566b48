using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// Healthy, Degraded or Unhealthy from the failure rate of the steps in a <see cref="StepOutcomeWindow"/> (see
/// <see cref="StepHealthCheckOptions"/> for the rule). The result's data holds the counts by status, the failure rate,
/// the failing steps with their counts and the latest error messages. Registered by
/// <c>services.AddHealthChecks().AddStepLog()</c>.
/// </summary>
public sealed class StepHealthCheck : IHealthCheck
{
    private readonly StepOutcomeWindow _window;
    private readonly StepHealthCheckOptions _options;

    /// <summary>Creates a check that reads <paramref name="window"/>.</summary>
    /// <param name="window">The recent outcomes.</param>
    /// <param name="options">The thresholds.</param>
    public StepHealthCheck(StepOutcomeWindow window, StepHealthCheckOptions options)
    {
        _window = window ?? throw new ArgumentNullException(nameof(window));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
    }

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(_window.GetSnapshot(_options.TopFailingSteps)));

    private HealthCheckResult Evaluate(StepOutcomeSnapshot snapshot)
    {
        var failed = snapshot.Count(StepStatus.Failed);
        var rate = snapshot.FailureRate;
        var minutes = _window.Window.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        var summary = FormattableString.Invariant(
            $"{failed} of {snapshot.TerminalSteps} finished steps failed in the last {minutes} min ({rate:P1})");

        HealthStatus status;
        string description;
        if (snapshot.TerminalSteps < _options.MinimumSteps)
        {
            status = failed > 0 ? HealthStatus.Degraded : HealthStatus.Healthy;
            description = $"{summary}; fewer than {_options.MinimumSteps} finished steps, so any failure is Degraded.";
        }
        else
        {
            status = rate >= _options.UnhealthyFailureRate ? HealthStatus.Unhealthy
                : rate >= _options.DegradedFailureRate ? HealthStatus.Degraded
                : HealthStatus.Healthy;
            description = FormattableString.Invariant(
                $"{summary}; Degraded from {_options.DegradedFailureRate:P1}, Unhealthy from {_options.UnhealthyFailureRate:P1}.");
        }

        return new HealthCheckResult(status, description, data: Describe(snapshot));
    }

    private Dictionary<string, object> Describe(StepOutcomeSnapshot snapshot)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["window_seconds"] = _window.Window.TotalSeconds,
            ["terminal_steps"] = snapshot.TerminalSteps,
            ["failure_rate"] = snapshot.FailureRate,
        };
        if (_window.ObservingSince is { } since)
        {
            data["observing_since"] = since;
        }

        foreach (var status in StepStatusFacts.All)
        {
            data[status.ToString().ToLowerInvariant()] = snapshot.Count(status);
        }

        data["failing_steps"] = snapshot.FailingSteps.ToDictionary(step => step.Key, step => step.Value, StringComparer.Ordinal);
        data["latest_errors"] = snapshot.LatestErrors
            .Select(error => $"{error.StepName} ({error.SubjectId}) {error.Status}: {error.ErrorMessage ?? "(no message)"}")
            .ToArray();
        return data;
    }
}

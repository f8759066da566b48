using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace StepLog;

/// <summary>Adds StepLog's health check to a host's health checks.</summary>
public static class StepHealthCheckBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="StepHealthCheck"/> and its <see cref="StepOutcomeWindow"/>, which sees every step record
    /// from the host's start (whether or not a store is set). The window's clock is the container's
    /// <see cref="TimeProvider"/> when one is registered.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="configure">The window and the thresholds.</param>
    /// <param name="name">The check's name (default "steplog").</param>
    /// <param name="failureStatus">The status reported if the check itself throws; null for Unhealthy.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    public static IHealthChecksBuilder AddStepLog(
        this IHealthChecksBuilder builder,
        Action<StepHealthCheckOptions>? configure = null,
        string name = "steplog",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var options = new StepHealthCheckOptions();
        configure?.Invoke(options);
        options.Validate();

        builder.Services.TryAddSingleton(services => new StepOutcomeWindow(options, services.GetService<TimeProvider>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StepOutcomeWindowAttachment>());
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new StepHealthCheck(services.GetRequiredService<StepOutcomeWindow>(), options),
            failureStatus,
            tags));
    }
}

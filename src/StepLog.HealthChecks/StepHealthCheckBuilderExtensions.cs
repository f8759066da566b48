using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>Adds StepLog's health check to a host's health checks.</summary>
public static class StepHealthCheckBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="StepHealthCheck"/> and its <see cref="StepOutcomeWindow"/>, which sees every step record
    /// (whether or not a store is set) from the host's start or, in a container built without a host, from the moment
    /// the check or the window is first resolved; the result's <c>observing_since</c> says which moment that was. The window's clock is the container's
    /// <see cref="TimeProvider"/> when one is registered.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="configure">The window and the thresholds: the options named <paramref name="name"/>, checked when first read and when a host starts.</param>
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

        // Options named after the check, so that two checks of different thresholds can stand side by side.
        var options = builder.Services.AddOptions<StepHealthCheckOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StepHealthCheckOptions>, StepHealthCheckOptions.Validation>());

        // The window is reached through its attachment, so that whoever resolves it first (the host at its start, or
        // the first check in a container built by hand) also starts its observing; the container detaches it. There is
        // one window: its length and the errors it keeps are those of the first check added.
        builder.Services.TryAddSingleton(services => new StepOutcomeWindowAttachment(
            new StepOutcomeWindow(OptionsOf(services, name), services.GetService<TimeProvider>())));
        builder.Services.TryAddSingleton(services => services.GetRequiredService<StepOutcomeWindowAttachment>().Window);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StepOutcomeWindowAttachment>(
            services => services.GetRequiredService<StepOutcomeWindowAttachment>()));
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new StepHealthCheck(services.GetRequiredService<StepOutcomeWindowAttachment>().Window, OptionsOf(services, name)),
            failureStatus,
            tags));
    }

    private static StepHealthCheckOptions OptionsOf(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<StepHealthCheckOptions>>().Get(name);
}

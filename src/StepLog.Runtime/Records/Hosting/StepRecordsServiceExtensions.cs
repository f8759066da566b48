using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog;

/// <summary>Records the application's steps to a store owned by the host.</summary>
public static class StepRecordsServiceExtensions
{
    /// <summary>
    /// Registers the chosen store as the <see cref="IStepStore"/> singleton, and its queries as
    /// <see cref="IStepRecordQueries"/> (an <see cref="InMemoryStepStore"/> itself, a <see cref="QueuedStepStore"/>'s
    /// <see cref="QueuedStepStore.Queries"/>, or a custom store that implements the interface), and makes it StepLog's store
    /// (<see cref="StepLogging.UseStepStore"/>) when the host starts. The container disposes it when the host is
    /// disposed after stopping, which writes every queued record first.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the store: <c>options.UseSqlite("Data Source=steps.db")</c>, <c>.UsePostgres(connectionString)</c> or <c>.UseInMemory()</c>.</param>
    public static IServiceCollection AddStepRecords(this IServiceCollection services, Action<StepRecordsOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var options = new StepRecordsOptions();
        configure(options);

        // Checked now, so that a missing store is an error at startup rather than at the first step.
        options.EnsureStoreChosen();

        services.AddLogging();
        services.AddSingleton(options);
        services.AddSingleton<IStepStore>(provider => provider.GetRequiredService<StepRecordsOptions>().CreateStore(provider));
        services.AddSingleton<IStepRecordQueries>(provider => StepStoreQueries.Of(
            provider.GetRequiredService<IStepStore>(), provider.GetRequiredService<StepRecordsOptions>().StoreDescription));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, StepStoreActivator>());
        return services;
    }
}

using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StepLog.Records;

namespace StepLog;

/// <summary>Records the application's steps to a store owned by the host.</summary>
public static class StepRecordsServiceExtensions
{
    /// <summary>
    /// Registers the chosen store as the <see cref="IStepStore"/> singleton, and its queries as
    /// <see cref="IStepRecordQueries"/> (an <see cref="InMemoryStepStore"/> itself, a <see cref="QueuedStepStore"/>'s
    /// <see cref="QueuedStepStore.Queries"/>, or a custom store that implements the interface), and makes it StepLog's
    /// store (<see cref="StepLogging.UseStepStore"/>) when the container builds its logger factory. The container
    /// disposes it when the host is disposed after stopping, which writes every queued record first. The choice is an
    /// <see cref="IOptions{TOptions}"/> of <see cref="StepRecordsBuilder"/>, checked when the store is first needed and
    /// when a host starts: no store, or two, is an error that says what to choose.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the store: <c>records.UseSqlite("Data Source=steps.db")</c>, <c>.UsePostgres(connectionString)</c> or <c>.UseInMemory()</c>.</param>
    public static IServiceCollection AddStepRecords(this IServiceCollection services, Action<StepRecordsBuilder> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddLogging();
        services.AddOptions<StepRecordsBuilder>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StepRecordsBuilder>, StepRecordsBuilder.Validation>());
        services.AddSingleton<IStepStore>(provider => provider.GetRequiredService<IOptions<StepRecordsBuilder>>().Value.CreateStore(provider));
        services.AddSingleton<IStepRecordQueries>(provider => StepStoreQueries.Of(
            provider.GetRequiredService<IStepStore>(), provider.GetRequiredService<IOptions<StepRecordsBuilder>>().Value.StoreDescription));
        StepLogParts.Add(services, parts => parts.Store = true);
        return services;
    }
}

using System;
using StepLog.Records;

namespace StepLog;

/// <summary>The queries of the store <c>AddStepRecords</c> registered, for whoever resolves <see cref="IStepRecordQueries"/>.</summary>
internal static class StepStoreQueries
{
    public static IStepRecordQueries Of(IStepStore store, string? description) => store switch
    {
        QueuedStepStore queued => queued.Queries,
        IStepRecordQueries queries => queries,
        _ => throw new InvalidOperationException(
            $"The step store {store.GetType().FullName} ({description ?? "a custom store"}) answers no queries, so IStepRecordQueries " +
            "(which the dashboard reads through) cannot be resolved: make the store implement IStepRecordQueries, derive it from " +
            "QueuedStepStore, or record to UseSqlite, UsePostgres or UseInMemory."),
    };
}

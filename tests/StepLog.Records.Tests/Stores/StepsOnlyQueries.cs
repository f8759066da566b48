namespace StepLog.Records.Tests.Stores;

/// <summary>
/// The queries of a test database that only answers the questions of the records themselves: the dashboard's queries
/// say so, for the tests of the queue and writer, which never ask them.
/// </summary>
internal abstract class StepsOnlyQueries : IStepRecordQueries
{
    public abstract Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default);

    public abstract Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default);

    public Task<StepRunPage> GetRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default) => throw NotAsked();

    public Task<StepRunDetail?> GetRunAsync(string operationId, CancellationToken cancellationToken = default) => throw NotAsked();

    public Task<StepOverview> GetOverviewAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket, CancellationToken cancellationToken = default) =>
        throw NotAsked();

    public Task<IReadOnlyList<StepErrorGroup>> GetErrorGroupsAsync(
        DateTimeOffset since, bool includeWarnings = false, int limit = 100, CancellationToken cancellationToken = default) => throw NotAsked();

    private static NotSupportedException NotAsked() => new("This test database answers the records' queries only.");
}

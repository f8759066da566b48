using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// The query side of a database store: the questions the <c>steplog</c> tool and the health check ask. Called from any
/// thread, concurrently with the writer and with each other. <see cref="QueuedStepStore"/> answers its
/// <see cref="IStepStore"/> queries with it.
/// </summary>
public interface IStepRecordQueries
{
    /// <inheritdoc cref="IStepStore.GetStepsAsync"/>
    Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default);

    /// <inheritdoc cref="IStepStore.GetRecentErrorsAsync"/>
    Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default);
}

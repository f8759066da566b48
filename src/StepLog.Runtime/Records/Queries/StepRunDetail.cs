using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>One run whole: its summary, every record it wrote, and the runs that ran inside it.</summary>
/// <param name="Run">The run.</param>
/// <param name="Records">
/// Every record with the run's id and subject from its start to its end (see <see cref="StepRunSummary"/>), oldest first (equal timestamps by <see cref="StepRecord.Sequence"/>): the plan's
/// Pending records, each step's start and end, warnings and recoverable errors.
/// </param>
/// <param name="Children">The runs whose <see cref="StepRunSummary.ParentOperationId"/> is this run's, oldest first.</param>
public sealed record StepRunDetail(StepRunSummary Run, IReadOnlyList<StepRecord> Records, IReadOnlyList<StepRunSummary> Children);

using System;

namespace StepLog.Records;

/// <summary>
/// Where a run's records are: they carry its id and its subject (the runtime writes every record of a run with the
/// run's subject), and lie between its start and its latest own record, give or take a margin for a clock that steps
/// back; a run still going has no end yet. So the stores find them through the index by subject and time they already
/// keep, and ingest does not pay for an index by run.
/// </summary>
internal static class RunRecordWindow
{
    /// <summary>How far before its start, or after its end, a record of a run may be stamped.</summary>
    public const long MarginTicks = TimeSpan.TicksPerMinute;

    public static long FromTicks(StepRunSummary run) => run.StartedAt.UtcTicks - MarginTicks;

    public static long UntilTicks(StepRunSummary run) =>
        run.Status == StepStatus.Running ? long.MaxValue : run.UpdatedAt.UtcTicks + MarginTicks;

    public static bool Holds(StepRunSummary run, StepRecord record) =>
        record.OperationId == run.OperationId && record.SubjectId == run.SubjectId
        && record.Timestamp.UtcTicks >= FromTicks(run) && record.Timestamp.UtcTicks < UntilTicks(run);
}

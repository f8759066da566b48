using System;
using System.Data.Common;

namespace StepLog.Records;

/// <summary>
/// The runs table both database stores keep (one row per run, upserted from its own records as they are written) and
/// the rollup tables beside it: the names in SQL, and the reading of a runs row back into a <see cref="StepRunSummary"/>.
/// </summary>
internal static class RunColumns
{
    public const string Table = "steplog_runs";

    public const string RollupTable = "steplog_rollup";

    public const string MinutesTable = "steplog_run_minutes";

    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    public const string Select =
        "operation_id, operation, subject_id, parent_operation_id, run_kind, status, started_ticks, updated_ticks, duration_ms, total_steps, error_message, details";

    /// <summary>Newest first, by the key the cursor holds.</summary>
    public const string NewestFirst = "started_ticks DESC, operation_id DESC";

    public const string OldestFirst = "started_ticks, operation_id";

    // A newer own record (by time, then sequence; a tie goes to the one written last) says where the run stands.
    private const string Newer =
        "(excluded.updated_ticks > r.updated_ticks OR (excluded.updated_ticks = r.updated_ticks AND excluded.updated_sequence >= r.updated_sequence))";

    /// <summary>
    /// The run upsert's SET columns that the newest own record decides (the run is <c>r</c>, the new row
    /// <c>excluded</c>): the same SQL in both stores, whose upserts differ only in how the rows arrive and in their
    /// names for least and greatest.
    /// </summary>
    public const string NewestRecordDecides =
        $"operation = CASE WHEN {Newer} THEN excluded.operation ELSE r.operation END, " +
        $"subject_id = CASE WHEN {Newer} THEN excluded.subject_id ELSE r.subject_id END, " +
        $"status = CASE WHEN {Newer} THEN excluded.status ELSE r.status END, " +
        $"duration_ms = CASE WHEN {Newer} THEN excluded.duration_ms ELSE r.duration_ms END, " +
        $"total_steps = CASE WHEN {Newer} THEN excluded.total_steps ELSE r.total_steps END, " +
        $"error_message = CASE WHEN {Newer} THEN excluded.error_message ELSE r.error_message END, " +
        $"details = CASE WHEN {Newer} THEN excluded.details ELSE r.details END, " +
        $"updated_sequence = CASE WHEN {Newer} THEN excluded.updated_sequence ELSE r.updated_sequence END, " +
        $"updated_ticks = CASE WHEN {Newer} THEN excluded.updated_ticks ELSE r.updated_ticks END";

    public static StepRunSummary Read(DbDataReader row)
    {
        var status = RecordColumns.ParseStatus(row.GetString(5));
        return new StepRunSummary
        {
            OperationId = row.GetString(0),
            Operation = row.GetString(1),
            SubjectId = row.IsDBNull(2) ? null : row.GetString(2),
            ParentOperationId = row.IsDBNull(3) ? null : row.GetString(3),
            Kind = row.GetInt32(4) == (int)StepRunKind.Batch ? StepRunKind.Batch : StepRunKind.Operation,
            Status = status,
            StartedAt = new DateTimeOffset(row.GetInt64(6), TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(row.GetInt64(7), TimeSpan.Zero),
            DurationMs = row.IsDBNull(8) ? null : row.GetDouble(8),
            TotalSteps = row.GetInt32(9),
            ErrorMessage = row.IsDBNull(10) ? null : row.GetString(10),
            Details = DetailsJson.Read(row.IsDBNull(11) ? null : row.GetString(11)),
        };
    }
}

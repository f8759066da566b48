using System;
using System.Data.Common;

namespace StepLog.Records;

/// <summary>
/// The one table both database stores keep, column by column: the names in SQL, the status text, and the reading of a
/// row back into a <see cref="StepRecord"/>. Timestamps are UTC ticks (100 ns), so that every store returns exactly
/// the timestamp it was given and orders records alike.
/// </summary>
internal static class RecordColumns
{
    public const string Table = "steplog_records";

    public const string SchemaTable = "steplog_schema";

    /// <summary>The columns written, in the order of <see cref="Select"/> after its leading id.</summary>
    public const string Written =
        "subject_id, step_name, status, operation, operation_id, step_number, total_steps, details, duration_ms, error_message, timestamp_ticks, sequence, " +
        "parent_operation_id, run_kind";

    public const string Select = "id, " + Written;

    public const string OldestFirst = "timestamp_ticks, sequence, id";

    public const string NewestFirst = "timestamp_ticks DESC, sequence DESC, id DESC";

    private static readonly string[] StatusNames = [.. Array.ConvertAll(StepStatusFacts.All, status => status.ToString())];

    public static string StatusText(StepStatus status) => StatusNames[(int)status];

    /// <summary>The status a stored text names.</summary>
    public static StepStatus ParseStatus(string text)
    {
        var status = Array.IndexOf(StatusNames, text);
        return status >= 0
            ? (StepStatus)status
            : throw new InvalidOperationException($"A step record has the status '{text}', which this StepLog does not know.");
    }

    public static StepRecord Read(DbDataReader row)
    {
        var statusText = row.GetString(3);
        var status = Array.IndexOf(StatusNames, statusText);
        if (status < 0)
        {
            throw new InvalidOperationException($"A step record (id {row.GetInt64(0)}) has the status '{statusText}', which this StepLog does not know.");
        }

        return new StepRecord(row.GetString(1), row.GetString(2), (StepStatus)status)
        {
            Operation = row.IsDBNull(4) ? null : row.GetString(4),
            OperationId = row.IsDBNull(5) ? null : row.GetString(5),
            StepNumber = row.GetInt32(6),
            TotalSteps = row.GetInt32(7),
            Details = DetailsJson.Read(row.IsDBNull(8) ? null : row.GetString(8)),
            DurationMs = row.IsDBNull(9) ? null : row.GetDouble(9),
            ErrorMessage = row.IsDBNull(10) ? null : row.GetString(10),
            Timestamp = new DateTimeOffset(row.GetInt64(11), TimeSpan.Zero),
            Sequence = row.GetInt64(12),
            ParentOperationId = row.IsDBNull(13) ? null : row.GetString(13),
            RunKind = row.GetInt32(14) == (int)StepRunKind.Batch ? StepRunKind.Batch : StepRunKind.Operation,
        };
    }

    /// <summary>
    /// One row of the error-groups query, whose columns every store selects in this order: operation, step name,
    /// status, error message, count, latest timestamp, and the latest record's operation id and subject.
    /// </summary>
    public static StepErrorGroup ReadErrorGroup(DbDataReader row) => new(
        row.IsDBNull(0) ? null : row.GetString(0),
        row.GetString(1),
        ParseStatus(row.GetString(2)),
        row.IsDBNull(3) ? null : row.GetString(3),
        row.GetInt64(4),
        new DateTimeOffset(row.GetInt64(5), TimeSpan.Zero),
        row.IsDBNull(6) ? null : row.GetString(6),
        row.GetString(7));
}

using System;
using System.Data.Common;
using System.Text;

namespace StepLog.Records;

/// <summary>
/// The questions both database stores ask in the same SQL, written once in a dialect's parameter marker: one
/// subject's records, a page of runs, the rows that make up one run, and the rollup rows that make up an overview
/// window. The stores differ in the questions left to them (recent errors, error groups, the overview's sums), where
/// each database has its own better way. A store builds one instance, once: the fixed texts are made then.
/// </summary>
internal sealed class StoreQueriesSql
{
    private readonly char _p;

    public StoreQueriesSql(SqlDialect sql)
    {
        var p = _p = sql.ParameterMarker;
        Run = $"SELECT {RunColumns.Select} FROM {RunColumns.Table} WHERE operation_id = {p}id";
        RunRecords =
            $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE subject_id = {p}subject AND timestamp_ticks >= {p}from AND timestamp_ticks < {p}until " +
            $"AND operation_id = {p}id ORDER BY {RecordColumns.OldestFirst}";
        Children = $"SELECT {RunColumns.Select} FROM {RunColumns.Table} WHERE parent_operation_id = {p}id ORDER BY {RunColumns.OldestFirst}";
        OverviewRollupRows =
            $"(grain = {p}coarse AND bucket_ticks >= {p}coarse_from AND bucket_ticks < {p}coarse_until) " +
            $"OR (grain = {p}fine AND bucket_ticks >= {p}since AND bucket_ticks < {p}coarse_from) " +
            $"OR (grain = {p}fine AND bucket_ticks >= {p}coarse_until AND bucket_ticks < {p}until)";
        OverviewMinutes = $"SELECT minute_ticks, runs, failed FROM {RunColumns.MinutesTable} WHERE minute_ticks >= {p}since AND minute_ticks < {p}until";
    }

    /// <summary>One run's row; parameter <c>id</c>.</summary>
    public string Run { get; }

    /// <summary>
    /// A run's own records, found by its subject and time (<see cref="RunRecordWindow"/>), as the stores index them;
    /// parameters set by <see cref="AddRunRecords"/>.
    /// </summary>
    public string RunRecords { get; }

    /// <summary>The runs nested in a run, oldest first; parameter <c>id</c>.</summary>
    public string Children { get; }

    /// <summary>
    /// The rollup rows an overview window sums (<see cref="OverviewWindow"/>): whole coarse buckets inside it, fine ones
    /// at its two edges; parameters set by <see cref="AddWindow"/>.
    /// </summary>
    public string OverviewRollupRows { get; }

    /// <summary>The runs ended per minute in an overview window; parameters set by <see cref="AddWindow"/>.</summary>
    public string OverviewMinutes { get; }

    /// <summary>The run's own records' parameters of <see cref="RunRecords"/>.</summary>
    public static void AddRunRecords(DbCommand command, StepRunSummary run)
    {
        SqlDialect.AddParameter(command, "id", run.OperationId);
        SqlDialect.AddParameter(command, "subject", run.SubjectId);
        SqlDialect.AddParameter(command, "from", RunRecordWindow.FromTicks(run));
        SqlDialect.AddParameter(command, "until", RunRecordWindow.UntilTicks(run));
    }

    /// <summary>The window's parameters of <see cref="OverviewRollupRows"/> and <see cref="OverviewMinutes"/>.</summary>
    public static void AddWindow(DbCommand command, OverviewWindow window)
    {
        SqlDialect.AddParameter(command, "since", window.SinceTicks);
        SqlDialect.AddParameter(command, "until", window.UntilTicks);
        SqlDialect.AddParameter(command, "coarse_from", window.CoarseFrom);
        SqlDialect.AddParameter(command, "coarse_until", window.CoarseUntil);
        SqlDialect.AddParameter(command, "coarse", window.CoarseGrain);
        SqlDialect.AddParameter(command, "fine", window.FineGrain);
    }

    /// <summary>One subject's records, oldest first, with the filters that are given: the SQL and its parameters.</summary>
    public void Steps(DbCommand command, string subjectId, StepStatus? status, DateTimeOffset? since, DateTimeOffset? until)
    {
        var text = new StringBuilder($"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE subject_id = ").Append(_p).Append("subject");
        SqlDialect.AddParameter(command, "subject", subjectId);
        Filter(command, text, "status", "status", status is { } wanted ? RecordColumns.StatusText(wanted) : null);
        Filter(command, text, "timestamp_ticks", "since", since?.UtcTicks, ">=");
        Filter(command, text, "timestamp_ticks", "until", until?.UtcTicks, "<");
        command.CommandText = text.Append(" ORDER BY ").Append(RecordColumns.OldestFirst).ToString();
    }

    /// <summary>
    /// Runs newest first, after <paramref name="after"/>, with the query's filters, one row more than its limit (see
    /// <see cref="RunCursor.PageOf"/>): the SQL and its parameters.
    /// </summary>
    public void RunsPage(DbCommand command, StepRunQuery query, RunCursor? after)
    {
        var text = new StringBuilder($"SELECT {RunColumns.Select} FROM {RunColumns.Table} WHERE 1 = 1");
        Filter(command, text, "operation", "operation", RecordText.Repair(query.Operation));
        Filter(command, text, "status", "status", query.Status is { } status ? RecordColumns.StatusText(status) : null);
        Filter(command, text, "subject_id", "subject", RecordText.Repair(query.SubjectId));
        if (query.Kind is { } kind)
        {
            // A literal (an enum's number), so that the planner can use the partial index of batches.
            text.Append(" AND run_kind = ").Append(kind == StepRunKind.Batch ? 1 : 0);
        }

        Filter(command, text, "started_ticks", "since", query.Since?.UtcTicks, ">=");
        Filter(command, text, "started_ticks", "until", query.Until?.UtcTicks, "<");
        if (after is { } cursor)
        {
            text.Append(" AND (started_ticks, operation_id) < (").Append(_p).Append("after_ticks, ").Append(_p).Append("after_id)");
            SqlDialect.AddParameter(command, "after_ticks", cursor.StartedTicks);
            SqlDialect.AddParameter(command, "after_id", cursor.OperationId);
        }

        command.CommandText = text.Append(" ORDER BY ").Append(RunColumns.NewestFirst).Append(" LIMIT ").Append(_p).Append("limit").ToString();
        SqlDialect.AddParameter(command, "limit", query.Limit + 1);
    }

    private void Filter(DbCommand command, StringBuilder text, string column, string parameter, object? value, string comparison = "=")
    {
        if (value is not null)
        {
            text.Append(" AND ").Append(column).Append(' ').Append(comparison).Append(' ').Append(_p).Append(parameter);
            SqlDialect.AddParameter(command, parameter, value);
        }
    }
}

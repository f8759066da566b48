using System.Data.Common;

namespace StepLog.Records;

/// <summary>
/// The dashboard's questions that both database stores ask in the same SQL, written once with a dialect's parameter
/// marker: which rows make up one run, and which rollup rows make up an overview window. Each store builds them once,
/// and sets their parameters through the Add methods here.
/// </summary>
internal static class RunQueriesSql
{
    /// <summary>One run's row; parameter <c>id</c>.</summary>
    public static string Run(SqlDialect sql) =>
        $"SELECT {RunColumns.Select} FROM {RunColumns.Table} WHERE operation_id = {sql.ParameterMarker}id";

    /// <summary>
    /// A run's own records, found by its subject and time (<see cref="RunRecordWindow"/>), as the stores index them;
    /// parameters set by <see cref="AddRunRecords"/>.
    /// </summary>
    public static string RunRecords(SqlDialect sql)
    {
        var p = sql.ParameterMarker;
        return $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE subject_id = {p}subject AND timestamp_ticks >= {p}from AND timestamp_ticks < {p}until " +
               $"AND operation_id = {p}id ORDER BY {RecordColumns.OldestFirst}";
    }

    /// <summary>The runs nested in a run, oldest first; parameter <c>id</c>.</summary>
    public static string Children(SqlDialect sql) =>
        $"SELECT {RunColumns.Select} FROM {RunColumns.Table} WHERE parent_operation_id = {sql.ParameterMarker}id ORDER BY {RunColumns.OldestFirst}";

    /// <summary>
    /// The rollup rows an overview window sums (<see cref="OverviewWindow"/>): whole coarse buckets inside it, fine ones
    /// at its two edges; parameters set by <see cref="AddWindow"/>.
    /// </summary>
    public static string OverviewRollupRows(SqlDialect sql)
    {
        var p = sql.ParameterMarker;
        return $"(grain = {p}coarse AND bucket_ticks >= {p}coarse_from AND bucket_ticks < {p}coarse_until) " +
               $"OR (grain = {p}fine AND bucket_ticks >= {p}since AND bucket_ticks < {p}coarse_from) " +
               $"OR (grain = {p}fine AND bucket_ticks >= {p}coarse_until AND bucket_ticks < {p}until)";
    }

    /// <summary>The runs ended per minute in an overview window; parameters set by <see cref="AddWindow"/>.</summary>
    public static string OverviewMinutes(SqlDialect sql) =>
        $"SELECT minute_ticks, runs, failed FROM {RunColumns.MinutesTable} WHERE minute_ticks >= {sql.ParameterMarker}since AND minute_ticks < {sql.ParameterMarker}until";

    public static void AddRunRecords(DbCommand command, StepRunSummary run)
    {
        SqlDialect.AddParameter(command, "id", run.OperationId);
        SqlDialect.AddParameter(command, "subject", run.SubjectId);
        SqlDialect.AddParameter(command, "from", RunRecordWindow.FromTicks(run));
        SqlDialect.AddParameter(command, "until", RunRecordWindow.UntilTicks(run));
    }

    public static void AddWindow(DbCommand command, OverviewWindow window)
    {
        SqlDialect.AddParameter(command, "since", window.SinceTicks);
        SqlDialect.AddParameter(command, "until", window.UntilTicks);
        SqlDialect.AddParameter(command, "coarse_from", window.CoarseFrom);
        SqlDialect.AddParameter(command, "coarse_until", window.CoarseUntil);
        SqlDialect.AddParameter(command, "coarse", window.CoarseGrain);
        SqlDialect.AddParameter(command, "fine", window.FineGrain);
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// The dashboard's queries: runs from the runs table (an index for every filter, keyset paging on the start and id),
/// the overview from the rollups (whole hours or days from their rows, the edges from finer ones), error groups from the
/// status index.
/// </summary>
internal sealed partial class SqliteRecordQueries
{
    /// <inheritdoc/>
    public Task<StepRunPage> GetRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default)
    {
        var after = QueryArguments.CheckRuns(query);
        using var connection = SqliteConnections.Open(connectionString);
        using var command = connection.CreateCommand();
        Sql.RunsPage(command, query, after);
        return Task.FromResult(RunCursor.PageOf(ReadRuns(command, cancellationToken), query.Limit));
    }

    /// <inheritdoc/>
    public Task<StepRunDetail?> GetRunAsync(string operationId, CancellationToken cancellationToken = default)
    {
        QueryArguments.CheckOperationId(operationId);
        operationId = RecordText.Repair(operationId)!;
        using var connection = SqliteConnections.Open(connectionString);

        // One read transaction: the run, its records and its children as of one moment.
        using var transaction = connection.BeginTransaction(deferred: true);
        using var run = connection.CreateCommand();
        run.CommandText = Sql.Run;
        run.Parameters.AddWithValue("$id", operationId);
        var found = ReadRuns(run, cancellationToken);
        if (found.Count == 0)
        {
            return Task.FromResult<StepRunDetail?>(null);
        }

        using var records = connection.CreateCommand();
        records.CommandText = Sql.RunRecords;
        StoreQueriesSql.AddRunRecords(records, found[0]);
        using var children = connection.CreateCommand();
        children.CommandText = Sql.Children;
        children.Parameters.AddWithValue("$id", operationId);
        return Task.FromResult<StepRunDetail?>(new StepRunDetail(found[0], ReadAll(records, cancellationToken), ReadRuns(children, cancellationToken)));
    }

    /// <inheritdoc/>
    public Task<StepOverview> GetOverviewAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var window = OverviewWindow.Of(since, until, bucket);
        var overview = new OverviewBuilder(window);
        using var connection = SqliteConnections.Open(connectionString);
        using var transaction = connection.BeginTransaction(deferred: true);
        using (var counts = connection.CreateCommand())
        {
            counts.CommandText =
                "SELECT operation, is_run, step_name, duration_bucket, SUM(count), SUM(failed), SUM(warnings) " +
                $"FROM {RunColumns.RollupTable} WHERE {Sql.OverviewRollupRows} " +
                "GROUP BY operation, is_run, step_name, duration_bucket;";
            StoreQueriesSql.AddWindow(counts, window);
            using var rows = counts.ExecuteReader();
            while (rows.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                overview.Add(rows.GetString(0), rows.GetInt64(1) != 0 ? null : rows.GetString(2), rows.GetInt32(3), rows.GetInt64(4), rows.GetInt64(5), rows.GetInt64(6));
            }
        }

        using (var minutes = connection.CreateCommand())
        {
            minutes.CommandText = Sql.OverviewMinutes;
            StoreQueriesSql.AddWindow(minutes, window);
            using var rows = minutes.ExecuteReader();
            while (rows.Read())
            {
                overview.AddTimeline(rows.GetInt64(0), rows.GetInt64(1), rows.GetInt64(2));
            }
        }

        return Task.FromResult(overview.Build());
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepErrorGroup>> GetErrorGroupsAsync(
        DateTimeOffset since, bool includeWarnings = false, int limit = 100, CancellationToken cancellationToken = default)
    {
        QueryArguments.CheckErrorGroupLimit(limit);
        using var connection = SqliteConnections.Open(connectionString);
        using var query = connection.CreateCommand();

        // SQLite gives the bare columns of the row that holds the MAX: the latest record's run and subject.
        query.CommandText =
            "SELECT operation, step_name, status, error_message, COUNT(*), MAX(timestamp_ticks), operation_id, subject_id " +
            $"FROM {RecordColumns.Table} WHERE {ErrorsSince} " +
            "GROUP BY operation, step_name, status, error_message ORDER BY MAX(timestamp_ticks) DESC, COUNT(*) DESC LIMIT $limit;";
        AddErrorsSince(query, since, includeWarnings);
        query.Parameters.AddWithValue("$limit", limit);
        return Task.FromResult<IReadOnlyList<StepErrorGroup>>(ReadRows(query, RecordColumns.ReadErrorGroup, cancellationToken));
    }

    private static List<StepRunSummary> ReadRuns(SqliteCommand query, CancellationToken cancellationToken) =>
        ReadRows(query, RunColumns.Read, cancellationToken);
}

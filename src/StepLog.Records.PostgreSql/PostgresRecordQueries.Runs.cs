using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace StepLog.Records;

/// <summary>
/// The dashboard's queries: runs from the runs table (an index for every filter, keyset paging on the start and id),
/// the overview from the rollups (whole hours or days from their rows, the edges from finer ones), error groups from the
/// status index.
/// </summary>
internal sealed partial class PostgresRecordQueries
{
    /// <inheritdoc/>
    public async Task<StepRunPage> GetRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default)
    {
        var after = QueryArguments.CheckRuns(query);
        using var command = _dataSource.CreateCommand();
        Sql.RunsPage(command, query, after);
        return RunCursor.PageOf(await ReadRunsAsync(command, cancellationToken).ConfigureAwait(false), query.Limit);
    }

    /// <inheritdoc/>
    public async Task<StepRunDetail?> GetRunAsync(string operationId, CancellationToken cancellationToken = default)
    {
        QueryArguments.CheckOperationId(operationId);
        operationId = RecordText.Repair(operationId)!;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot: the run, its records and its children as of one moment.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        using var run = new NpgsqlCommand(Sql.Run, connection, transaction);
        run.Parameters.AddWithValue("id", NpgsqlDbType.Text, operationId);
        var found = await ReadRunsAsync(run, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return null;
        }

        using var records = new NpgsqlCommand(Sql.RunRecords, connection, transaction);
        StoreQueriesSql.AddRunRecords(records, found[0]);
        using var children = new NpgsqlCommand(Sql.Children, connection, transaction);
        children.Parameters.AddWithValue("id", NpgsqlDbType.Text, operationId);
        var ownRecords = await ReadAllAsync(records, cancellationToken).ConfigureAwait(false);
        return new StepRunDetail(found[0], ownRecords, await ReadRunsAsync(children, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public async Task<StepOverview> GetOverviewAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var window = OverviewWindow.Of(since, until, bucket);
        var overview = new OverviewBuilder(window);
        using var counts = _dataSource.CreateCommand(
            "SELECT operation, is_run, step_name, duration_bucket, SUM(count)::bigint, SUM(failed)::bigint, SUM(warnings)::bigint " +
            $"FROM {RunColumns.RollupTable} WHERE {Sql.OverviewRollupRows} " +
            "GROUP BY operation, is_run, step_name, duration_bucket");
        StoreQueriesSql.AddWindow(counts, window);
        using (var rows = await counts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                overview.Add(rows.GetString(0), rows.GetInt32(1) != 0 ? null : rows.GetString(2), rows.GetInt32(3), rows.GetInt64(4), rows.GetInt64(5), rows.GetInt64(6));
            }
        }

        using var minutes = _dataSource.CreateCommand(Sql.OverviewMinutes);
        StoreQueriesSql.AddWindow(minutes, window);
        using (var rows = await minutes.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                overview.AddTimeline(rows.GetInt64(0), rows.GetInt64(1), rows.GetInt64(2));
            }
        }

        return overview.Build();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StepErrorGroup>> GetErrorGroupsAsync(
        DateTimeOffset since, bool includeWarnings = false, int limit = 100, CancellationToken cancellationToken = default)
    {
        QueryArguments.CheckErrorGroupLimit(limit);
        const string Latest = "ORDER BY timestamp_ticks DESC, sequence DESC, id DESC";
        using var query = _dataSource.CreateCommand(
            $"SELECT operation, step_name, status, error_message, COUNT(*), MAX(timestamp_ticks), (array_agg(operation_id {Latest}))[1], (array_agg(subject_id {Latest}))[1] " +
            $"FROM {RecordColumns.Table} WHERE {ErrorsSince} " +
            "GROUP BY operation, step_name, status, error_message ORDER BY MAX(timestamp_ticks) DESC, COUNT(*) DESC LIMIT @limit");
        AddErrorsSince(query, since, includeWarnings);
        query.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, limit);
        return await ReadRowsAsync(query, RecordColumns.ReadErrorGroup, cancellationToken).ConfigureAwait(false);
    }

    private static Task<List<StepRunSummary>> ReadRunsAsync(NpgsqlCommand query, CancellationToken cancellationToken) =>
        ReadRowsAsync(query, RunColumns.Read, cancellationToken);
}

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace StepLog.Records;

/// <summary>The PostgreSQL store's queries, on the data source the writer owns.</summary>
internal sealed partial class PostgresRecordQueries(NpgsqlDataSource dataSource) : IStepRecordQueries
{
    private static readonly StoreQueriesSql Sql = new(PostgresSchema.Dialect);

    private readonly NpgsqlDataSource _dataSource = dataSource;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default)
    {
        subjectId = QueryArguments.SubjectKey(subjectId);

        using var query = _dataSource.CreateCommand();
        Sql.Steps(query, subjectId, status, since, until);
        return await ReadAllAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default)
    {
        using var query = _dataSource.CreateCommand($"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE {ErrorsSince} ORDER BY {RecordColumns.NewestFirst}");
        AddErrorsSince(query, since, includeWarnings);
        return await ReadAllAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The errors (and warnings, when asked) at or after a time: what the error queries select; see <see cref="AddErrorsSince"/>.</summary>
    private const string ErrorsSince = "status = ANY(@statuses) AND timestamp_ticks >= @since";

    private static void AddErrorsSince(NpgsqlCommand query, DateTimeOffset since, bool includeWarnings)
    {
        string[] statuses = includeWarnings
            ? [RecordColumns.StatusText(StepStatus.Error), RecordColumns.StatusText(StepStatus.Failed), RecordColumns.StatusText(StepStatus.Warning)]
            : [RecordColumns.StatusText(StepStatus.Error), RecordColumns.StatusText(StepStatus.Failed)];
        query.Parameters.AddWithValue("statuses", NpgsqlDbType.Array | NpgsqlDbType.Text, statuses);
        query.Parameters.AddWithValue("since", NpgsqlDbType.Bigint, since.UtcTicks);
    }

    private static async Task<IReadOnlyList<StepRecord>> ReadAllAsync(NpgsqlCommand query, CancellationToken cancellationToken) =>
        await ReadRowsAsync(query, RecordColumns.Read, cancellationToken).ConfigureAwait(false);

    // Every query reads its rows alike, records or runs: only the reading of one row differs.
    private static async Task<List<T>> ReadRowsAsync<T>(NpgsqlCommand query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        using var rows = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(read(rows));
        }

        return found;
    }
}

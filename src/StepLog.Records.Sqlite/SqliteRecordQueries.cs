using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// The SQLite store's queries. Each opens a connection of its own, so that it never waits for the writer (WAL mode).
/// </summary>
internal sealed partial class SqliteRecordQueries(string connectionString) : IStepRecordQueries
{
    private static readonly StoreQueriesSql Sql = new(SqliteSchema.Dialect);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default)
    {
        subjectId = QueryArguments.SubjectKey(subjectId);

        using var connection = SqliteConnections.Open(connectionString);
        using var query = connection.CreateCommand();
        Sql.Steps(query, subjectId, status, since, until);
        return Task.FromResult<IReadOnlyList<StepRecord>>(ReadAll(query, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default)
    {
        using var connection = SqliteConnections.Open(connectionString);
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE {ErrorsSince} ORDER BY {RecordColumns.NewestFirst};";
        AddErrorsSince(query, since, includeWarnings);
        return Task.FromResult<IReadOnlyList<StepRecord>>(ReadAll(query, cancellationToken));
    }

    /// <summary>The errors (and warnings, when asked) at or after a time: what the error queries select; see <see cref="AddErrorsSince"/>.</summary>
    private const string ErrorsSince = "status IN ($error, $failed, $warning) AND timestamp_ticks >= $since";

    private static void AddErrorsSince(SqliteCommand query, DateTimeOffset since, bool includeWarnings)
    {
        query.Parameters.AddWithValue("$error", RecordColumns.StatusText(StepStatus.Error));
        query.Parameters.AddWithValue("$failed", RecordColumns.StatusText(StepStatus.Failed));

        // Without warnings the third slot repeats Failed, so that the statement (and its plan) stays the same.
        query.Parameters.AddWithValue("$warning", RecordColumns.StatusText(includeWarnings ? StepStatus.Warning : StepStatus.Failed));
        query.Parameters.AddWithValue("$since", since.UtcTicks);
    }

    private static List<StepRecord> ReadAll(SqliteCommand query, CancellationToken cancellationToken) =>
        ReadRows(query, RecordColumns.Read, cancellationToken);

    // Every query reads its rows alike, records or runs: only the reading of one row differs.
    private static List<T> ReadRows<T>(SqliteCommand query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        using var rows = query.ExecuteReader();
        while (rows.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Add(read(rows));
        }

        return found;
    }
}

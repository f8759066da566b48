using System;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StepLog.Records;

/// <summary>
/// The writer's one prepared INSERT, driven through SQLite's own API (which Microsoft.Data.Sqlite is built on):
/// bound by position and reset for each row, it costs a fraction of a command's execution, which looks every
/// parameter up by name and opens a reader per row. Ingest rate is what the queue's capacity is measured against.
/// </summary>
internal sealed class SqliteRecordInsert : IDisposable
{
    private const string Sql =
        $"INSERT INTO {RecordColumns.Table} ({RecordColumns.Written}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14);";

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteRecordInsert(SqliteConnection connection)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, Sql, out _statement), "prepare the insert");
    }

    /// <summary>Inserts one row; the caller holds the transaction.</summary>
    public void Insert(StepRecord record)
    {
        BindText(1, record.SubjectId);
        BindText(2, record.StepName);
        BindText(3, RecordColumns.StatusText(record.Status));
        BindText(4, record.Operation);
        BindText(5, record.OperationId);
        raw.sqlite3_bind_int(_statement, 6, record.StepNumber);
        raw.sqlite3_bind_int(_statement, 7, record.TotalSteps);
        BindText(8, DetailsJson.Write(record.Details));
        if (record.DurationMs is { } duration)
        {
            raw.sqlite3_bind_double(_statement, 9, duration);
        }
        else
        {
            raw.sqlite3_bind_null(_statement, 9);
        }

        BindText(10, record.ErrorMessage);
        raw.sqlite3_bind_int64(_statement, 11, record.Timestamp.UtcTicks);
        raw.sqlite3_bind_int64(_statement, 12, record.Sequence);
        BindText(13, record.ParentOperationId);
        raw.sqlite3_bind_int(_statement, 14, (int)record.RunKind);

        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result, "insert a step record");
        }
    }

    public void Dispose() => _statement.Dispose();

    private void BindText(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(_statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(_statement, index, value);
        }
    }

    private void Check(int result, string what)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite could not {what}: {raw.sqlite3_errmsg(_database).utf8_to_string()} (error {result}).", result);
        }
    }
}

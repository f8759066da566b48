using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// Creates and upgrades the tables (<see cref="StoreSchema"/>) in SQLite's spelling, in one immediate transaction with
/// the version check, so that two processes opening a new file do not both migrate.
/// </summary>
internal static class SqliteSchema
{
    // Ticks and counts are INTEGER (SQLite's integers are 64-bit); text compares by code point already; the rollup
    // table is found only by its key, so its rows are stored by it (WITHOUT ROWID).
    public static readonly SqlDialect Dialect = new(
        package: "StepLog.Records.Sqlite",
        parameterMarker: '$',
        rowId: "INTEGER PRIMARY KEY",
        integer: "INTEGER",
        bigInteger: "INTEGER",
        real: "REAL",
        text: "TEXT",
        orderedText: "TEXT",
        json: "TEXT",
        keyOnlyTable: " WITHOUT ROWID");

    public static void Migrate(SqliteConnection connection)
    {
        // WAL lets readers and one writer (of any process) work at once; it is a property of the file, set outside a transaction.
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        StoreSchema.Migrate(connection, transaction, Dialect, connection.DataSource, () => Backfill(connection, transaction));
        transaction.Commit();
    }

    // Through the writer's own upserts, so that the records already kept count as new ones do.
    private static void Backfill(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var rollups = new SqliteRollupWriter(connection, transaction);
        foreach (var slice in StoreSchema.Backfill(connection, transaction, Dialect))
        {
            rollups.Write(slice);
        }
    }
}

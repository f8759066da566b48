using System.Globalization;
using Npgsql;

namespace StepLog.Records;

/// <summary>
/// Creates and upgrades the tables (<see cref="StoreSchema"/>) in PostgreSQL's spelling, in the schema first on the
/// connection's search path, in one transaction under an advisory lock, so that workers starting together do not
/// migrate twice.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>An arbitrary, fixed key: every StepLog process takes this lock to migrate.</summary>
    private const long MigrationLock = 0x5374_6570_4C6F_67;

    // Ids and names the dashboard pages by are compared by code point (COLLATE "C"), so that keyset paging orders them
    // as every store does.
    public static readonly SqlDialect Dialect = new(
        package: "StepLog.Records.PostgreSql",
        parameterMarker: '@',
        rowId: "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        integer: "integer",
        bigInteger: "bigint",
        real: "double precision",
        text: "text",
        orderedText: "text COLLATE \"C\"",
        json: "json",
        keyOnlyTable: string.Empty);

    public static void Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var locking = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MigrationLock.ToString(CultureInfo.InvariantCulture)});", connection, transaction))
        {
            locking.ExecuteNonQuery();
        }

        StoreSchema.Migrate(connection, transaction, Dialect, connection.Database, () => Backfill(connection, transaction));
        transaction.Commit();
    }

    // Through the writer's own upserts, so that the records already kept count as new ones do.
    private static void Backfill(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        foreach (var slice in StoreSchema.Backfill(connection, transaction, Dialect))
        {
            PostgresRollupWriter.Write(connection, transaction, slice);
        }
    }
}

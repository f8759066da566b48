using System;
using StepLog.Records;

namespace StepLog;

/// <summary>Chooses the PostgreSQL store in <c>services.AddStepRecords(records =&gt; records.UsePostgres(...))</c>.</summary>
public static class PostgresStepRecordsBuilderExtensions
{
    /// <summary>Records to a <see cref="PostgresStepStore"/> on <paramref name="connectionString"/>, created when the host starts.</summary>
    /// <param name="records">The records builder.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">Queue, flush and retention settings.</param>
    public static StepRecordsBuilder UsePostgres(this StepRecordsBuilder records, string connectionString, Action<StepStoreOptions>? configure = null)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        return records.UseConnectionStore(connectionString, configure, static (connection, options) => new PostgresStepStore(connection, options), "PostgreSQL");
    }
}

using System;
using StepLog.Records;

namespace StepLog;

/// <summary>Chooses the SQLite store in <c>services.AddStepRecords(records =&gt; records.UseSqlite(...))</c>.</summary>
public static class SqliteStepRecordsBuilderExtensions
{
    /// <summary>Records to a <see cref="SqliteStepStore"/> on <paramref name="connectionString"/>, created when the host starts.</summary>
    /// <param name="records">The records builder.</param>
    /// <param name="connectionString">For example <c>Data Source=steps.db</c>.</param>
    /// <param name="configure">Queue, flush and retention settings.</param>
    public static StepRecordsBuilder UseSqlite(this StepRecordsBuilder records, string connectionString, Action<StepStoreOptions>? configure = null)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        return records.UseConnectionStore(connectionString, configure, static (connection, options) => new SqliteStepStore(connection, options), "SQLite");
    }
}

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

        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        var storeOptions = new StepStoreOptions();
        configure?.Invoke(storeOptions);
        return records.UseStore(_ => new SqliteStepStore(connectionString, storeOptions), "SQLite");
    }
}

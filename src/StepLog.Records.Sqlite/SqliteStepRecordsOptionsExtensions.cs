using System;
using StepLog.Records;

namespace StepLog;

/// <summary>Chooses the SQLite store in <c>services.AddStepRecords(options =&gt; options.UseSqlite(...))</c>.</summary>
public static class SqliteStepRecordsOptionsExtensions
{
    /// <summary>Records to a <see cref="SqliteStepStore"/> on <paramref name="connectionString"/>, created when the host starts.</summary>
    /// <param name="options">The records options.</param>
    /// <param name="connectionString">For example <c>Data Source=steps.db</c>.</param>
    /// <param name="configure">Queue, flush and retention settings.</param>
    public static StepRecordsOptions UseSqlite(this StepRecordsOptions options, string connectionString, Action<StepStoreOptions>? configure = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        var storeOptions = new StepStoreOptions();
        configure?.Invoke(storeOptions);
        return options.UseStore(_ => new SqliteStepStore(connectionString, storeOptions), "SQLite");
    }
}

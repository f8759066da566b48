using System;
using StepLog.Records;

namespace StepLog;

/// <summary>Chooses the PostgreSQL store in <c>services.AddStepRecords(options =&gt; options.UsePostgres(...))</c>.</summary>
public static class PostgresStepRecordsOptionsExtensions
{
    /// <summary>Records to a <see cref="PostgresStepStore"/> on <paramref name="connectionString"/>, created when the host starts.</summary>
    /// <param name="options">The records options.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">Queue, flush and retention settings.</param>
    public static StepRecordsOptions UsePostgres(this StepRecordsOptions options, string connectionString, Action<StepStoreOptions>? configure = null)
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
        return options.UseStore(_ => new PostgresStepStore(connectionString, storeOptions), "PostgreSQL");
    }
}

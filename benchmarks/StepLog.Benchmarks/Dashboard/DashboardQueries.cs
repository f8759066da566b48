using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using StepLog.Records;

namespace StepLog.Benchmarks.Dashboard;

/// <summary>
/// The server time of each query the dashboard's pages make, and of each page (<see cref="DashboardPages"/>), over millions of records in SQLite and in PostgreSQL
/// (<c>-- dashboard-queries [records]</c>, 10,000,000 unless given): timed call by call rather than by BenchmarkDotNet,
/// because the question is the p95 of one call over a database that takes minutes to fill. The records
/// (<see cref="DashboardSeed"/>) are written once through each store's own writer, into a SQLite file in the temp folder
/// and a PostgreSQL schema (STEPLOG_POSTGRES) named by the record count, and reused by later runs; "now" is when they
/// were written.
/// </summary>
internal static class DashboardQueries
{
    private const int Calls = 100;

    public static void Run(long records)
    {
        var name = "steplog_dashboard_" + records.ToString(CultureInfo.InvariantCulture);
        var sqlite = $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}";
        Measure("SQLite", () => new SqliteStepStore(sqlite, Options), records, sql => SqliteScalar(sqlite, sql));
        if (Environment.GetEnvironmentVariable("STEPLOG_POSTGRES") is { } server)
        {
            Execute(server, $"CREATE SCHEMA IF NOT EXISTS {name}");
            var postgres = new NpgsqlConnectionStringBuilder(server) { SearchPath = name, CommandTimeout = 600 }.ConnectionString;
            Measure("PostgreSQL", () => new PostgresStepStore(postgres, Options), records, sql => PostgresScalar(postgres, sql));
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped, STEPLOG_POSTGRES is not set (eval \"$(.ci/postgres.sh start)\").");
        }
    }

    // Kept for ever (the records are 30 days old), and nothing dropped while seeding.
    private static StepStoreOptions Options => new() { Retention = null, WhenFull = StepStoreFullMode.Wait };

    private static void Measure(string database, Func<QueuedStepStore> open, long records, Func<string, object?> scalar)
    {
        using var store = open();
        var seeded = scalar($"CREATE TABLE IF NOT EXISTS {Marker} (now_ticks bigint NOT NULL); SELECT MAX(now_ticks) FROM {Marker};");
        var now = seeded is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : Seed(database, store, records);
        if (seeded is not long)
        {
            scalar($"INSERT INTO {Marker} (now_ticks) VALUES ({now.UtcTicks.ToString(CultureInfo.InvariantCulture)});");
        }

        var queries = store.Queries;
        var deep = Cursor(queries, 200);
        var some = DashboardSeed.RunId(records / DashboardSeed.RecordsPerRun / 2);
        Console.WriteLine($"{database}, {records:N0} records written through the store's writer, now = {now:O}:");
        Time("overview, last hour (5 min buckets)", () => queries.GetOverviewAsync(now.AddHours(-1), now, TimeSpan.FromMinutes(5)));
        Time("overview, last day (1 h buckets)", () => queries.GetOverviewAsync(now.AddDays(-1), now, TimeSpan.FromHours(1)));
        Time("overview, last week (6 h buckets)", () => queries.GetOverviewAsync(now.AddDays(-7), now, TimeSpan.FromHours(6)));
        Time("runs, first page (50)", () => queries.GetRunsAsync(new StepRunQuery()));
        Time("runs, page 201 (50)", () => queries.GetRunsAsync(new StepRunQuery { After = deep }));
        Time("runs, one operation, failed", () => queries.GetRunsAsync(new StepRunQuery { Operation = DashboardSeed.Operations[2], Status = StepStatus.Failed }));
        Time("runs, one subject", () => queries.GetRunsAsync(new StepRunQuery { SubjectId = "doc4242" }));
        Time("run, whole", () => queries.GetRunAsync(some));
        Time("subject, every step", () => queries.GetStepsAsync("doc4242"));
        Time("errors and warnings of a day, grouped", () => queries.GetErrorGroupsAsync(now.AddDays(-1), includeWarnings: true));
        Time("batches, first page", () => queries.GetRunsAsync(new StepRunQuery { Kind = StepRunKind.Batch }));
        DashboardPages.Time(queries, now, some, deep);
    }

    private static DateTimeOffset Seed(string database, QueuedStepStore store, long records)
    {
        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        long written = 0;
        foreach (var record in DashboardSeed.Records(records / DashboardSeed.RecordsPerRun, now))
        {
            store.AddAsync(record).AsTask().GetAwaiter().GetResult();
            if (++written % 1_000_000 == 0)
            {
                Console.WriteLine($"{database}: {written:N0} records written, {written / clock.Elapsed.TotalSeconds:N0} a second");
            }
        }

        store.FlushAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"{database}: seeded {written:N0} records in {clock.Elapsed.TotalSeconds:N0} s ({written / clock.Elapsed.TotalSeconds:N0} a second)");
        return now;
    }

    private static string? Cursor(IStepRecordQueries queries, int pages)
    {
        string? cursor = null;
        for (var page = 0; page < pages; page++)
        {
            cursor = queries.GetRunsAsync(new StepRunQuery { After = cursor }).GetAwaiter().GetResult().NextCursor;
        }

        return cursor;
    }

    private static void Time<T>(string what, Func<Task<T>> query)
    {
        for (var i = 0; i < 3; i++)
        {
            query().GetAwaiter().GetResult();
        }

        var times = new double[Calls];
        for (var i = 0; i < Calls; i++)
        {
            var clock = Stopwatch.StartNew();
            query().GetAwaiter().GetResult();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine($"  {what,-42} p50 {times[Calls / 2],8:N1} ms   p95 {times[(int)(Calls * 0.95) - 1],8:N1} ms   max {times[^1],8:N1} ms");
    }

    private const string Marker = "steplog_bench_seeded";

    private static object? SqliteScalar(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static object? PostgresScalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

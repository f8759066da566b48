using Microsoft.Data.Sqlite;
using StepLog.Records.Tests.Contract;

namespace StepLog.Records.Tests.Stores;

public sealed class SqliteStepStoreTests : QueuedStoreContract
{
    private readonly SqliteFile _file = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }

    protected override Task<IStepStore> CreateStoreAsync(StepStoreOptions? options) =>
        Task.FromResult<IStepStore>(new SqliteStepStore(_file.ConnectionString, options));

    protected override Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = _file.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        begin.ExecuteNonQuery();
        return Task.FromResult<IAsyncDisposable>(connection);
    }

    [Fact]
    public void The_file_is_in_WAL_mode_with_its_schema_version_and_indexes()
    {
        Assert.Equal("wal", _file.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(2L, _file.Scalar("SELECT MAX(version) FROM steplog_schema;"));
        Assert.Equal(2L, _file.Scalar("SELECT COUNT(*) FROM steplog_schema;"));
        Assert.Equal("steplog_records", _file.Scalar("SELECT tbl_name FROM sqlite_master WHERE name = 'ix_steplog_records_subject_time';"));
        Assert.Equal("steplog_records", _file.Scalar("SELECT tbl_name FROM sqlite_master WHERE name = 'ix_steplog_records_status_time';"));
    }

    [Fact]
    public async Task Opening_again_migrates_nothing()
    {
        await OpenStoreAsync();

        Assert.Equal(2L, _file.Scalar("SELECT COUNT(*) FROM steplog_schema;"));
    }

    [Fact]
    public void The_queries_use_the_indexes()
    {
        // The statements the store runs, as the query planner sees them.
        var bySubject = string.Join(" | ", Plan("SELECT * FROM steplog_records WHERE subject_id = 'doc1' AND timestamp_ticks >= 0 ORDER BY timestamp_ticks, sequence, id"));
        var byStatus = string.Join(" | ", Plan("SELECT * FROM steplog_records WHERE status IN ('Error', 'Failed', 'Warning') AND timestamp_ticks >= 0 ORDER BY timestamp_ticks DESC, sequence DESC, id DESC"));

        Assert.Contains("ix_steplog_records_subject_time", bySubject);
        Assert.Contains("ix_steplog_records_status_time", byStatus);
    }

    [Fact]
    public void A_database_from_a_newer_StepLog_is_refused_with_what_to_do()
    {
        using (var connection = _file.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO steplog_schema (version) VALUES (99);";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => new SqliteStepStore(_file.ConnectionString));

        Assert.Contains("schema version 99", error.Message);
        Assert.Contains("Update the StepLog.Records.Sqlite package", error.Message);
    }

    [Fact]
    public void Bad_options_are_refused_by_name_before_the_file_is_created()
    {
        using var fresh = new SqliteFile();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteStepStore(fresh.ConnectionString, new StepStoreOptions { BatchSize = 0 }));

        Assert.Equal(nameof(StepStoreOptions.BatchSize), error.ParamName);
        Assert.False(File.Exists(fresh.Path), "the store created the database file before it refused its options");
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=steps;Mode=Memory")]
    public void A_private_in_memory_database_is_refused_with_what_to_use(string connectionString)
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteStepStore(connectionString));

        Assert.Contains("InMemoryStepStore", error.Message);
        Assert.Contains("Cache=Shared", error.Message);
    }

    [Fact]
    public async Task A_shared_in_memory_database_works()
    {
        var connectionString = $"Data Source=steplog-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        await using var store = new SqliteStepStore(connectionString);

        await AddAllAsync(store, Record("doc1", "in memory", T));

        Assert.Single(await store.GetStepsAsync("doc1"));
    }

    private List<string> Plan(string sql)
    {
        using var connection = _file.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var rows = command.ExecuteReader();
        var plan = new List<string>();
        while (rows.Read())
        {
            plan.Add(rows.GetString(3));
        }

        return plan;
    }
}

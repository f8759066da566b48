using Npgsql;
using StepLog.Records.Tests.Contract;

namespace StepLog.Records.Tests.Stores;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStepStoreTests(PostgresServer server) : QueuedStoreContract
{
    private string? _schema;
    private string _connectionString = "";

    public override async Task InitializeAsync()
    {
        _connectionString = server.CreateSchema(out var schema);
        _schema = schema;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_schema is not null)
        {
            server.DropSchema(_schema);
        }
    }

    protected override Task<IStepStore> CreateStoreAsync(StepStoreOptions? options) =>
        Task.FromResult<IStepStore>(new PostgresStepStore(_connectionString, options));

    protected override async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        // Not pooled: closing it must end the session, and with it the transaction and the lock.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using (var begin = new NpgsqlCommand("BEGIN; LOCK TABLE steplog_records IN EXCLUSIVE MODE;", connection))
        {
            await begin.ExecuteNonQueryAsync();
        }

        return connection;
    }

    [Fact]
    public async Task The_schema_has_its_version_and_indexes()
    {
        Assert.Equal(2, await ScalarAsync("SELECT MAX(version) FROM steplog_schema"));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM steplog_schema"));
        Assert.Equal(2L, await ScalarAsync(
            "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ('ix_steplog_records_subject_time', 'ix_steplog_records_status_time')"));
    }

    [Fact]
    public async Task Workers_starting_together_on_an_empty_database_migrate_once()
    {
        var empty = server.CreateSchema(out var schema);
        try
        {
            var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new PostgresStepStore(empty))));
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            await using var connection = new NpgsqlConnection(empty);
            await connection.OpenAsync();
            // One row per migration (two of them), each written once.
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM steplog_schema", connection);
            Assert.Equal(2L, await count.ExecuteScalarAsync());
        }
        finally
        {
            server.DropSchema(schema);
        }
    }

    [Fact]
    public async Task A_database_from_a_newer_StepLog_is_refused_with_what_to_do()
    {
        await ScalarAsync("INSERT INTO steplog_schema (version) VALUES (99)");

        var error = Assert.Throws<InvalidOperationException>(() => new PostgresStepStore(_connectionString));

        Assert.Contains("schema version 99", error.Message);
        Assert.Contains("Update the StepLog.Records.PostgreSql package", error.Message);
    }

    [Fact]
    public void Bad_options_are_refused_by_name_before_connecting()
    {
        // Nothing listens on port 1: a store that connected first would fail with a connection error instead.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PostgresStepStore("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1", new StepStoreOptions { QueueCapacity = 0 }));

        Assert.Equal(nameof(StepStoreOptions.QueueCapacity), error.ParamName);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

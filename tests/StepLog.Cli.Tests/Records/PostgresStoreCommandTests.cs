using StepLog.Records;
using StepLog.Records.Tests.Stores;

namespace StepLog.Cli.Tests.Records;

/// <summary>
/// The same commands against PostgreSQL, each test in a schema of its own. In CI (CI=true) a missing server fails
/// these tests, never skips them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreCommandTests(PostgresServer server) : StoreCommandContract, IDisposable
{
    private readonly List<string> _schemas = [];

    protected override async Task<string> StoreWithRecordsAsync()
    {
        var connectionString = server.CreateSchema(out var schema);
        _schemas.Add(schema);
        await RecordedSteps.WriteAsync(new PostgresStepStore(connectionString));
        return connectionString;
    }

    [Fact]
    public async Task A_database_without_step_records_is_refused_without_creating_them()
    {
        var connectionString = server.CreateSchema(out var schema);
        _schemas.Add(schema);

        var result = await Support.CliRun.RunAsync("errors", "--store", connectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no step records (no steplog_records table in its search path)", result.Error);
        Assert.DoesNotContain("Password", result.Error);
    }

    public void Dispose()
    {
        foreach (var schema in _schemas)
        {
            server.DropSchema(schema);
        }
    }
}

using Microsoft.Data.Sqlite;
using StepLog.Cli.Tests.Support;
using StepLog.Records;

namespace StepLog.Cli.Tests.Records;

public sealed class SqliteStoreCommandTests : StoreCommandContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<string> StoreWithRecordsAsync()
    {
        var path = _folder.File("steps.db");
        await RecordedSteps.WriteAsync(new SqliteStepStore("Data Source=" + path));
        return path;
    }

    [Fact]
    public async Task A_sqlite_connection_string_works_as_well_as_a_path()
    {
        var path = await StoreWithRecordsAsync();

        var result = await CliRun.RunAsync("steps", "--store", "Data Source=" + path, "--subject", "order-7");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Payment [1/1] Charge  error", result.Lines[0]);
    }

    [Fact]
    public async Task A_missing_file_is_exit_code_2_and_is_not_created()
    {
        var path = _folder.File("typo.db");

        var result = await CliRun.RunAsync("errors", "--store", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"steplog errors: the SQLite database '{path}' does not exist: give the path of the file the SqliteStepStore writes.", result.Error.Trim());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_database_of_something_else_is_refused_and_left_untouched()
    {
        var path = _folder.File("other.db");
        using (var other = new SqliteConnection("Data Source=" + path))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id integer);";
            create.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        var result = await CliRun.RunAsync("steps", "--store", path, "--subject", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no step records (no steplog_records table)", result.Error);
        using var check = new SqliteConnection("Data Source=" + path);
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table';";
        Assert.Equal(1L, tables.ExecuteScalar());
    }

    [Fact]
    public async Task A_bad_status_names_the_accepted_ones()
    {
        var result = await CliRun.RunAsync("steps", "--store", "x.db", "--subject", "x", "--status", "done");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--status: 'done' is not a step status; use one of pending, running, success, warning, error, failed, skipped.", result.Error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

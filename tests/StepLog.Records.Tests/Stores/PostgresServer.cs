using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;

namespace StepLog.Records.Tests.Stores;

/// <summary>
/// The PostgreSQL server the tests use: the one named by STEPLOG_POSTGRES (which .ci/run starts). Outside CI, with the
/// variable unset, it starts a throwaway cluster with the same script (.ci/postgres.sh) and stops it afterwards. In CI
/// an unset variable fails every PostgreSQL test: they must run there, never be skipped.
/// </summary>
public sealed partial class PostgresServer : IDisposable
{
    public const string Variable = "STEPLOG_POSTGRES";

    private readonly string? _startedDirectory;

    public PostgresServer()
    {
        ConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (ConnectionString is { Length: > 0 })
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Problem = $"{Variable} is not set: .ci/run starts a PostgreSQL cluster and sets it, so the cluster did not start (see the CI log above the tests).";
            return;
        }

        (ConnectionString, _startedDirectory, Problem) = StartWithScript();
    }

    public string? ConnectionString { get; }

    /// <summary>Why there is no server, when there is none.</summary>
    public string? Problem { get; }

    /// <summary>A connection string for a fresh schema of one test's own, where the store creates its tables.</summary>
    public string CreateSchema(out string schema)
    {
        Assert.True(ConnectionString is not null, Problem);
        schema = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public void DropSchema(string schema)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_startedDirectory is not null)
        {
            Run("stop", _startedDirectory);
        }
    }

    private static (string? ConnectionString, string? Directory, string? Problem) StartWithScript()
    {
        var (exitCode, output, errors) = Run("start");
        var connectionString = Exported().Matches(output).FirstOrDefault(match => match.Groups[1].Value == Variable)?.Groups[2].Value;
        var directory = Exported().Matches(output).FirstOrDefault(match => match.Groups[1].Value == "STEPLOG_POSTGRES_DIR")?.Groups[2].Value;
        return exitCode == 0 && connectionString is not null
            ? (connectionString, directory, null)
            : (null, directory, $"{Variable} is not set and .ci/postgres.sh could not start a cluster (exit {exitCode}): {errors}");
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        var root = typeof(PostgresServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(meta => meta.Key == "RepositoryRoot").Value!;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, ".ci", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    [GeneratedRegex("^export (\\w+)='([^']*)'$", RegexOptions.Multiline)]
    private static partial Regex Exported();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

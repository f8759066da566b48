using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests;

/// <summary>How the command line is read: options anywhere among the files, and usage errors told apart from findings.</summary>
public class CommandLineTests
{
    [Fact]
    public void Fail_on_before_the_files_takes_one_value_and_leaves_the_files_to_read()
    {
        var (exit, output, error) = Tool.Run("report", "--fail-on", "failed", RealLogs.Of("steplog"));

        Assert.Equal("", error);
        Assert.Equal(1, exit);
        Assert.Contains("Operations: 11 total, 6 succeeded, 2 failed, 3 incomplete", output);
    }

    [Fact]
    public void Fail_on_repeated_among_the_files_names_every_condition()
    {
        var (exit, _, error) = Tool.Run("report", "--fail-on", "slow", RealLogs.Of("steplog"), "--fail-on", "incomplete");

        Assert.Equal("", error);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Status_before_the_files_takes_one_value_and_leaves_the_files_to_read()
    {
        var (exit, output, error) = Tool.Run("query", "--status", "failed", RealLogs.Of("steplog"));

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("FAILED: database is locked", output);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "--format", "xml", "app.log")]
    [InlineData("report", "app.log", "--slow")]
    [InlineData("query")]
    [InlineData("query", "--format", "yaml", "app.log")]
    [InlineData("timeline")]
    [InlineData("watch", "--interval", "soon")]
    [InlineData("steps", "--store", "records.db")]
    [InlineData("errors")]
    [InlineData("no-such-command")]
    public void A_usage_error_exits_2_and_says_what_is_wrong(params string[] arguments)
    {
        var (exit, output, error) = Tool.Run(arguments);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("steplog: ", error);
        Assert.Contains("--help", error);
    }
}

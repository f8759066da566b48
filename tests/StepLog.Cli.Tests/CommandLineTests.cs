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

    [Theory]
    [InlineData("--since", "query", "app.log", "--since", "soonish")]
    [InlineData("--until", "query", "app.log", "--until", "soonish")]
    [InlineData("--since", "steps", "--store", "records.db", "--subject", "order-42", "--since", "soonish")]
    [InlineData("--since", "errors", "--store", "records.db", "--since", "soonish")]
    public void Every_command_reads_a_time_alike_and_refuses_a_bad_one_the_same_way(string option, params string[] arguments)
    {
        var (exit, _, error) = Tool.Run(arguments);

        Assert.Equal(2, exit);
        Assert.Contains($"steplog: {option}: 'soonish' is neither a duration nor a date and time; use a duration back from now (30m, 1h, 2d) or a date and time (2026-11-30T08:00:00Z; UTC without an offset).", error);
    }

    [Theory]
    [InlineData("--slow", "report", "app.log", "--slow", "fast")]
    [InlineData("--min-duration", "query", "app.log", "--min-duration", "fast")]
    [InlineData("--interval", "watch", "--interval", "fast")]
    public void Every_command_reads_a_duration_alike_and_refuses_a_bad_one_the_same_way(string option, params string[] arguments)
    {
        var (exit, _, error) = Tool.Run(arguments);

        Assert.Equal(2, exit);
        Assert.Matches($"^steplog: {option}: 'fast' is not a (positive )?duration; use a number and a unit, such as 250ms or 2s\\.", error);
    }

    [Theory]
    [InlineData("text, json, csv", "report", "app.log", "-f", "xml")]
    [InlineData("text, json", "query", "app.log", "--format", "xml")]
    [InlineData("text, json", "steps", "--store", "records.db", "--subject", "order-42", "-f", "xml")]
    [InlineData("text, json", "errors", "--store", "records.db", "--format", "xml")]
    public void Every_command_takes_its_format_as_f_or_format_and_names_the_formats_it_has(string formats, params string[] arguments)
    {
        var (exit, _, error) = Tool.Run(arguments);

        Assert.Equal(2, exit);
        Assert.StartsWith($"steplog: --format: 'xml' is not one of {formats}." + Environment.NewLine, error);
    }

    [Fact]
    public void In_query_the_old_o_for_the_operation_is_refused_with_what_to_write_instead()
    {
        var (exit, output, error) = Tool.Run("query", RealLogs.Of("steplog"), "-o", "Model Sync");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("steplog: -o is --output in every command and query writes no file; name the operation with --operation 'Model Sync'." + Environment.NewLine, error);
    }
}

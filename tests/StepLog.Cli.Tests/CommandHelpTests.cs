using System.CommandLine;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests;

/// <summary>Every command's help is complete: the command, each of its arguments and options says what it is for.</summary>
public class CommandHelpTests
{
    public static TheoryData<string> Commands() => new(Program.CreateRootCommand().Subcommands.Select(command => command.Name));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_argument_and_option_is_described(string name)
    {
        var command = Program.CreateRootCommand().Subcommands.Single(c => c.Name == name);

        Assert.False(string.IsNullOrWhiteSpace(command.Description), $"{name} has no description");
        foreach (var argument in command.Arguments)
        {
            Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{name} {argument.Name} has no description");
        }

        foreach (var option in command.Options.Where(option => option.Name is not ("--help" or "-h" or "-?")))
        {
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{name} {option.Name} has no description");
        }
    }

    [Theory]
    [InlineData("watch", "--once")]
    [InlineData("steps", "--subject")]
    [InlineData("errors", "--warnings")]
    [InlineData("timeline", "--html")]
    [InlineData("dashboard", "--port")]
    public async Task Help_prints_the_usage_and_options(string command, string option)
    {
        var help = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, help.ExitCode);
        // The root's name is the test host's here, "steplog" for users.
        Assert.Matches($@"Usage:\s+\S+ {command} ", help.Output);
        Assert.Contains(option, help.Output);
    }

    [Fact]
    public async Task The_store_help_says_how_the_database_is_told()
    {
        var help = await CliRun.RunAsync("steps", "--help");

        Assert.Contains("PostgreSQL connection string, recognised by its Host= key", System.Text.RegularExpressions.Regex.Replace(help.Output, @"\s+", " "));
    }
}

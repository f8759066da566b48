using System.CommandLine;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void The_root_command_is_described()
    {
        var root = Program.CreateRootCommand();
        Assert.False(string.IsNullOrWhiteSpace(root.Description));
    }

    [Fact]
    public void Every_command_argument_and_option_is_described()
    {
        var root = Program.CreateRootCommand();

        Assert.Contains(root.Subcommands, c => c.Name == "report");
        Assert.Contains(root.Subcommands, c => c.Name == "query");
        foreach (var command in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            Assert.All(command.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a.Description), $"{command.Name} {a.Name}"));
            Assert.All(command.Options.Where(o => o is not System.CommandLine.Help.HelpOption), o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{command.Name} {o.Name}"));
        }
    }

    [Theory]
    [InlineData("report", "--fail-on")]
    [InlineData("query", "--min-duration")]
    public void Help_lists_the_options(string command, string option)
    {
        var (exit, output, _) = Tool.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(option, output);
    }
}

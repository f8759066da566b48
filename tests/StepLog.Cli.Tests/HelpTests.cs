using System.CommandLine;

namespace StepLog.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void The_root_command_is_described()
    {
        var root = Program.CreateRootCommand();
        Assert.False(string.IsNullOrWhiteSpace(root.Description));
    }
}

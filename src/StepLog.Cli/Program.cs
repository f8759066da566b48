using System.CommandLine;
using StepLog.Cli.Commands;

namespace StepLog.Cli;

/// <summary>The <c>steplog</c> command: one root, one subcommand per job.</summary>
internal static class Program
{
    public static int Main(string[] args) => CreateRootCommand().Parse(args).Invoke();

    /// <summary>The command tree, built in one place so that tests parse exactly what users run.</summary>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Reads StepLog's logs, progress files and step records: what failed, what is slow, what never finished.")
        {
            ReportCommand.Create(),
            QueryCommand.Create(),
            TimelineCommand.Create(),
            WatchCommand.Create(),
            StepsCommand.Create(),
            ErrorsCommand.Create(),
        };
        return root;
    }
}

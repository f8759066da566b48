using System.CommandLine;
using System.CommandLine.Invocation;
using System.Threading;
using System.Threading.Tasks;
using StepLog.Cli.Commands;

namespace StepLog.Cli;

/// <summary>The <c>steplog</c> command: one root, one subcommand per job.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, new InvocationConfiguration());

    /// <summary>
    /// Parses and runs a command line as <c>steplog</c> does; tests run it with their own output and error. A usage
    /// error exits with <see cref="ExitCodes.Error"/>, as every other error does: System.CommandLine's own exit code for
    /// it is 1, which this tool keeps for findings (<c>--fail-on</c>), so that a CI job can tell the two apart.
    /// </summary>
    internal static Task<int> RunAsync(string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return Task.FromResult(UsageError.Write(parseResult, configuration.Error));
        }

        return parseResult.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>The command tree, built in one place so that tests parse exactly what users run.</summary>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Reads StepLog's logs, progress files and step records: what failed, what is slow, what never finished; serves the dashboard over the records.")
        {
            ReportCommand.Create(),
            QueryCommand.Create(),
            TimelineCommand.Create(),
            WatchCommand.Create(),
            StepsCommand.Create(),
            ErrorsCommand.Create(),
            DashboardCommand.Create(),
        };
        return root;
    }
}

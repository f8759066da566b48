using System.CommandLine;

namespace StepLog.Cli.Tests.Support;

/// <summary>Runs the steplog command line exactly as Main does, with its output and errors captured.</summary>
internal static class CliRun
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await Program.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- output ---\n{Output}--- error ---\n{Error}";
}

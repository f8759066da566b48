using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using StepLog.Cli.Text;

namespace StepLog.Cli.Commands;

/// <summary>A command line the parser refused: what is wrong, one line each, and where the usage is; exit code 2.</summary>
internal static class UsageError
{
    public static int Write(ParseResult parseResult, TextWriter error)
    {
        foreach (var problem in parseResult.Errors.Select(e => OneLine(e.Message)).Distinct())
        {
            error.WriteLine("steplog: " + SafeText.Clean(problem));
        }

        // Commands are one level deep: the one given, or the root when none was.
        var command = parseResult.CommandResult.Command;
        error.WriteLine($"steplog: see 'steplog {(command is RootCommand ? "" : command.Name + " ")}--help' for how to use it.");
        return ExitCodes.Error;
    }

    // The parser lists choices on lines of their own ("Must be one of:\n\t'text'..."): one line reads better.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

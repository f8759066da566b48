using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using StepLog.Cli.Input;

namespace StepLog.Cli.Commands;

/// <summary>The FILE... argument every log command takes, and its expansion with a one-line error.</summary>
internal static class InputArguments
{
    public static Argument<string[]> Create() => new("files")
    {
        Description = "Log files to read: paths, folders, patterns (*.log, logs/**/*.json), .gz files, or - for standard input. Text (steplog formatter, Serilog file), JSON console and Serilog compact JSON, mixed as they come.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The inputs, or null after writing the one-line error (exit code 2) after <paramref name="errorPrefix"/>.</summary>
    public static IReadOnlyList<InputSource>? Expand(string[]? files, TextWriter error, string errorPrefix = "steplog: ")
    {
        var sources = InputPaths.Expand(files ?? [], out var problem);
        if (problem is not null)
        {
            error.WriteLine(errorPrefix + Text.SafeText.Clean(problem));
            return null;
        }

        return sources;
    }
}

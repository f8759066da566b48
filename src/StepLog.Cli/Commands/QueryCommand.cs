using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StepLog.Cli.Input;
using StepLog.Cli.Model;
using StepLog.Cli.Query;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog query FILE...</c>: the StepLog lines that match, as they were or as JSON Lines.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var files = InputArguments.Create();
        var operation = new Option<string>("--operation") { HelpName = "pattern", Description = "Operation name pattern: * any text, ? one character, case-insensitive (\"Model Sync\", \"*Sync*\")." };
        var oldOperation = OldOperationSpelling();
        var step = new Option<string>("--step", "-s") { HelpName = "pattern", Description = "Step name pattern, as --operation; keeps step lines only." };
        var status = new Option<string[]>("--status")
        {
            Description = "Keep lines of these statuses: " + string.Join(", ", QueryFilter.Statuses) + ". \"failed\" includes a COMPLETE with status=failed; \"incomplete\" includes the last line of an operation its file cut off. Repeat or separate with commas.",
            // One value per occurrence: several per token would swallow the files after it (--status failed app.log).
            AllowMultipleArgumentsPerToken = false,
            HelpName = "status",
        };
        var minDuration = TimeOptions.Duration("--min-duration", "Keep lines with a duration of at least this: 500ms, 1s, 2m.");
        var since = TimeOptions.Since("Keep lines written at or after this time (lines without a timestamp are left out when a time is given):");
        var until = TimeOptions.Until("Keep lines written at or before this time:");
        var format = FormatOption.Create<QueryFormat>("text: the lines as they were; json: one JSON object per line (JSON Lines);");

        var command = new Command("query", "Prints the StepLog lines that match: by operation, step, status, duration and time, with text step lines placed in their operation.")
        {
            files, operation, oldOperation, step, status, minDuration, since, until, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var filter = Filter(parse.GetValue(operation), parse.GetValue(step), parse.GetValue(status) ?? [], parse.GetValue(minDuration), parse.GetValue(since), parse.GetValue(until), error);
            return filter is null
                ? ExitCodes.Error
                : Run(parse.GetValue(files), filter, parse.GetValue(format) == QueryFormat.Json, parse.InvocationConfiguration.Output, error);
        });
        return command;
    }

    // -o named the operation here before it meant --output in every command: a script that still writes it is told what
    // to write instead, rather than having -o read as a file name or its pattern ignored.
    private static Option<string> OldOperationSpelling()
    {
        var option = new Option<string>("-o") { Hidden = true, Description = "Formerly --operation; refused with what to write instead." };
        option.Validators.Add(result => result.AddError(
            $"-o is --output in every command and query writes no file; name the operation with --operation '{Text.SafeText.Clean(result.GetValueOrDefault<string>())}'."));
        return option;
    }

    public static int Run(string[]? files, QueryFilter filter, bool json, TextWriter output, TextWriter error)
    {
        var sources = InputArguments.Expand(files, error);
        if (sources is null)
        {
            return ExitCodes.Error;
        }

        var printer = new QueryPrinter(filter, output, json, withFile: sources.Count > 1);
        if (!new LogPipeline().TryRun(sources, keepTree: false, error, "steplog: ", printer))
        {
            return ExitCodes.Error;
        }

        output.Flush();
        return ExitCodes.Ok;
    }

    private static QueryFilter? Filter(string? operation, string? step, string[] statuses, TimeSpan? minDuration, DateTimeOffset? since, DateTimeOffset? until, TextWriter error)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in statuses.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var normal = value.ToLowerInvariant();
            if (!QueryFilter.Statuses.Contains(normal))
            {
                error.WriteLine($"steplog: --status '{Text.SafeText.Clean(value)}' is not one of {string.Join(", ", QueryFilter.Statuses)}");
                return null;
            }

            wanted.Add(normal);
        }

        return new QueryFilter
        {
            Operation = operation is null ? null : new NamePattern(operation),
            Step = step is null ? null : new NamePattern(step),
            Status = wanted,
            MinDurationMs = minDuration?.TotalMilliseconds,
            Since = since,
            Until = until,
        };
    }
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using StepLog.Cli.Output;
using StepLog.Cli.Text;
using StepLog.Cli.Watching;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog watch [PATH...]</c>: follows batch progress files until every batch has ended.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Progress files (StepBatchOptions.ProgressFile), or folders whose *.json files are all watched. The current folder when none is given.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var once = new Option<bool>("--once")
        {
            Description = "Print the current state of every batch once and exit, instead of following them.",
        };
        var interval = TimeOptions.Duration("--interval", "How often to look at the files: 500ms unless given; a number and a unit (ms, s, m), such as 250ms or 2s.", positive: true);

        var command = new Command("watch", "Show live progress (processed/total, percentage, rate, ETA, status) of running StepBatch jobs from their progress files; exit when every batch has ended.\n" +
            "Bars where the output is a terminal, one plain line per change otherwise. A file that is not a progress file is reported, not fatal; " +
            "a running batch whose process is gone from this machine is shown as stopped.\n" +
            "Exit code: 0 when every batch completed with no failed item, 1 when one failed, was interrupted or stopped or had failed items, 2 when a PATH does not exist (with --once), 130 on Ctrl-C.")
        {
            paths, once, interval,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult,
            new ProgressSources(parseResult.GetValue(paths) ?? []),
            parseResult.GetValue(once),
            parseResult.GetValue(interval) ?? TimeSpan.FromMilliseconds(500),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, ProgressSources sources, bool once, TimeSpan interval, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var missing = sources.Missing().ToList();
        if (once && missing.Count > 0)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"steplog watch: {Quote(missing)} not found: give a progress file or a folder of them.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var watcher = new ProgressWatcher(sources, interval);
        int exitCode;
        if (Terminal.IsTerminal(parseResult.InvocationConfiguration.Output))
        {
            exitCode = await LiveProgressView.RunAsync(AnsiConsole.Console, view => watcher.WatchAsync(view, once, cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            exitCode = await watcher.WatchAsync(new PlainProgressView(output), once, cancellationToken).ConfigureAwait(false);
        }

        if (watcher.Last.Count == 0 && once)
        {
            await output.WriteLineAsync($"No progress files in {Quote(sources.Paths)}.").ConfigureAwait(false);
        }
        else if (exitCode != ExitCodes.Interrupted)
        {
            await output.WriteLineAsync((once ? "" : "Every batch has ended. ") + watcher.Summary() + ".").ConfigureAwait(false);
        }

        return exitCode;
    }

    private static string Quote(IEnumerable<string> paths) => string.Join(", ", paths.Select(path => "'" + SafeText.Clean(path) + "'"));
}

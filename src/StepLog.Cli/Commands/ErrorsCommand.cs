using System;
using System.CommandLine;
using System.Globalization;
using StepLog.Cli.Records;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog errors --store CONNECTION</c>: the recent errors of every subject, newest first.</summary>
internal static class ErrorsCommand
{
    public static Command Create()
    {
        var store = StoreOptions.Store();
        var since = StoreOptions.Since("Only the errors recorded since then; the last hour unless given:");
        var warnings = new Option<bool>("--warnings")
        {
            Description = "Show warnings too, not only errors (retryable) and failures (final).",
        };
        var format = StoreOptions.Format();

        var command = new Command("errors", "Show the steps that ended in an error or a failure (and, with --warnings, a warning) across every subject, newest first.\n" +
            "Exit code: 0 when there is none, 1 when there is one or more (for cron jobs and CI), 2 when the store cannot be opened or read.")
        {
            store, since, warnings, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var from = parseResult.GetValue(since) ?? DateTimeOffset.UtcNow.AddHours(-1);
            var withWarnings = parseResult.GetValue(warnings);
            var found = await StoreOptions.QueryAsync(
                parseResult,
                parseResult.GetRequiredValue(store),
                records => records.GetRecentErrorsAsync(from, withWarnings, cancellationToken),
                parseResult.GetValue(format),
                withSubject: true,
                count => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{count} {(withWarnings ? "error(s) and warning(s)" : "error(s)")} since {from.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z.")).ConfigureAwait(false);
            return found switch
            {
                null => ExitCodes.Error,
                0 => ExitCodes.Ok,
                _ => ExitCodes.Found,
            };
        });
        return command;
    }
}

using System;
using System.CommandLine;
using System.Globalization;
using StepLog.Cli.Records;
using StepLog.Cli.Text;
using StepLog.Records;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog steps --store CONNECTION --subject ID</c>: one subject's step history from the records store.</summary>
internal static class StepsCommand
{
    public static Command Create()
    {
        var store = StoreOptions.Store();
        var subject = new Option<string>("--subject")
        {
            Description = "The subject whose steps to show: the id the steps were recorded for (an order, a lead, a file...).",
            HelpName = "ID",
            Required = true,
        };
        var status = new Option<StepStatus?>("--status")
        {
            Description = $"Only the steps with this status: {StoreOptions.StatusNames}.",
            HelpName = "STATUS",
            CustomParser = StoreOptions.ParseStatus,
        };
        var since = StoreOptions.Since("Only the steps recorded since then:");
        var format = StoreOptions.Format();

        var command = new Command("steps", "Show one subject's steps from the step records store, oldest first: when, which operation and step, status, duration, error and details.\n" +
            "Exit code: 0, or 2 when the store cannot be opened or read.")
        {
            store, subject, status, since, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var id = parseResult.GetRequiredValue(subject);
            var wanted = parseResult.GetValue(status);
            var from = parseResult.GetValue(since);
            var found = await StoreOptions.QueryAsync(
                parseResult,
                parseResult.GetRequiredValue(store),
                records => records.GetStepsAsync(id, wanted, from, cancellationToken: cancellationToken),
                parseResult.GetValue(format),
                withSubject: false,
                count => Summary(count, id, wanted, from)).ConfigureAwait(false);
            return found is null ? ExitCodes.Error : ExitCodes.Ok;
        });
        return command;
    }

    private static string Summary(int count, string subject, StepStatus? status, DateTimeOffset? since) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} step(s) of subject '{SafeText.Clean(subject)}'") +
        (status is { } wanted ? " with status " + wanted.ToString().ToLowerInvariant() : "") +
        (since is { } from ? string.Create(CultureInfo.InvariantCulture, $" since {from.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z") : "") + ".";
}

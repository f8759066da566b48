using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Threading.Tasks;
using StepLog.Cli.Commands;
using StepLog.Cli.Output;
using StepLog.Records;

namespace StepLog.Cli.Records;

/// <summary>The options <c>steps</c> and <c>errors</c> share, and the run they share: open, query, print, close.</summary>
internal static class StoreOptions
{
    public static Option<StoreConnection> Store() => new("--store")
    {
        Description = StoreConnection.Help,
        HelpName = "CONNECTION",
        Required = true,
        CustomParser = result => StoreConnection.Parse(result.Tokens.Single().Value),
    };

    public static Option<DateTimeOffset?> Since(string description) => TimeOptions.Since(description);

    public static Option<RecordFormat> Format() =>
        FormatOption.Create<RecordFormat>("text: a table on a terminal, one line per record otherwise; json: one JSON object per record and line;");

    /// <summary>Opens the store, runs the query, prints what it found; the number found, or null when the store could not be read (said on standard error).</summary>
    public static async Task<int?> QueryAsync(
        ParseResult parseResult,
        StoreConnection connection,
        Func<IStepStore, Task<System.Collections.Generic.IReadOnlyList<StepRecord>>> query,
        RecordFormat format,
        bool withSubject,
        Func<int, string> summary)
    {
        var store = StoreOpener.Open(connection, out var problem);
        if (store is null)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"steplog {parseResult.CommandResult.Command.Name}: {problem}").ConfigureAwait(false);
            return null;
        }

        await using (store.ConfigureAwait(false))
        {
            System.Collections.Generic.IReadOnlyList<StepRecord> records;
            try
            {
                records = await query(store).ConfigureAwait(false);
            }
            catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"steplog {parseResult.CommandResult.Command.Name}: the query on the {connection.Display} failed: {error.Message}").ConfigureAwait(false);
                return null;
            }

            var output = parseResult.InvocationConfiguration.Output;
            RecordPrinter.Print(records, format, Terminal.IsTerminal(parseResult.InvocationConfiguration.Output), output, withSubject);
            if (format == RecordFormat.Text)
            {
                await output.WriteLineAsync(summary(records.Count)).ConfigureAwait(false);
            }

            return records.Count;
        }
    }

    /// <summary>Parses a status name the way the store writes it, in any case.</summary>
    public static StepStatus? ParseStatus(ArgumentResult result)
    {
        var text = result.Tokens.SingleOrDefault()?.Value;
        if (Enum.TryParse<StepStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _))
        {
            return status;
        }

        result.AddError($"--status: '{text}' is not a step status; use one of {StatusNames}.");
        return null;
    }

    public static string StatusNames => string.Join(", ", Enum.GetNames<StepStatus>().Select(name => name.ToLowerInvariant()));
}

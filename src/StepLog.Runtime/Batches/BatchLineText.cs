using System.Collections.Concurrent;
using System.Text;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// Writes a batch line in its fixed format, or its message template (the same line with <c>{field}</c> placeholders in
/// place of values) for structured sinks such as Serilog. The format's rules are <see cref="LineWriter"/>'s, the same as
/// an operation's lines (<see cref="LineText"/>): this class only lays out each kind of batch line from its fields.
/// </summary>
internal static class BatchLineText
{
    // A template depends only on the line's kind, its fields (a kind's fields for a given count are the same keys in the
    // same order: START with or without resumed, PROGRESS with or without eta_seconds, INTERRUPTED with or without
    // abandoned) and, for an item that stopped, the word it shows (CANCELLED or ABANDONED). Made once per shape, by the
    // first line of that shape a structured sink reads; never per line.
    private static readonly ConcurrentDictionary<(StepEvent Kind, int Fields, string? Word), string> Templates = new();

    public static string Format(BatchLine line, StepSymbols symbols) => Write(line, symbols, template: false);

    /// <summary>
    /// The line's message template. Its symbols are the emoji, as the message (<see cref="BatchLine.Formatter"/>) and an
    /// operation line's template have, whatever symbols a console formatter shows.
    /// </summary>
    public static string Template(BatchLine line)
    {
        var shape = (line.Kind, line.Fields.Length, line.Kind == StepEvent.StepCancelled ? line.Text : null);
        return Templates.TryGetValue(shape, out var template)
            ? template
            : Templates.GetOrAdd(shape, Write(line, StepSymbols.Emoji, template: true));
    }

    private static string Write(BatchLine line, StepSymbols symbols, bool template)
    {
        var builder = new StringBuilder(96);
        var writer = new LineWriter(builder, template);
        var fields = line.Fields;
        builder.Append(SymbolTable.Prefix(line.Kind, symbols));

        // The fields are listed in the order the line has them; an item line's id, status and error are in its head,
        // so only its duration, the last field, is listed.
        switch (line.Kind)
        {
            case StepEvent.OperationStart:
                writer.RunHead(LineWords.Start, line.OperationName);
                writer.Fields(fields, 0);
                break;
            case StepEvent.BatchProgress:
                // "{processed}/{total}" after the name, then the rest listed.
                writer.RunHead(LineWords.Progress, line.OperationName);
                builder.Append(' ');
                writer.Value(fields[0].Key, fields[0].Value);
                builder.Append('/');
                writer.Value(fields[1].Key, fields[1].Value);
                writer.Fields(fields, 2);
                break;
            case StepEvent.StepSuccess:
                ItemHead(writer, line);
                writer.Outcome(LineWords.Success);
                writer.Fields(fields, fields.Length - 1);
                break;
            case StepEvent.StepFailure:
                ItemHead(writer, line);
                writer.Outcome(LineWords.Failed, LineFieldNames.Error, line.Text);
                writer.Fields(fields, fields.Length - 1);
                break;
            case StepEvent.StepCancelled:
                ItemHead(writer, line);
                writer.Outcome(line.Text ?? LineWords.Cancelled);
                writer.Fields(fields, fields.Length - 1);
                break;
            case StepEvent.StepWarning:
                writer.Text(LineFieldNames.Operation, line.OperationName);
                writer.Outcome(LineWords.Warning, LineFieldNames.Message, line.Text);
                break;
            case StepEvent.OperationComplete:
                writer.RunHead(LineWords.Complete, line.OperationName);
                writer.Fields(fields, 0);
                break;
            default:
                writer.RunHead(LineWords.Interrupted, line.OperationName);
                writer.Fields(fields, 0);
                break;
        }

        writer.Close();
        return builder.ToString();
    }

    // "[i/N] id": the item's place and id are its fields step_number, total_steps and item.
    private static void ItemHead(in LineWriter writer, BatchLine line) =>
        writer.PlaceHead(LineFieldNames.Item, line.StepName, line.StepNumber, line.TotalSteps);
}

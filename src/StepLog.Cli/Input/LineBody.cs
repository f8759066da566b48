using System;
using System.Globalization;
using StepLog.Cli.Model;
using StepLog.Shared;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads the text of a StepLog line after its symbol, exactly as StepLog's line format writes it, with the line
/// contract's words (<see cref="LineWords"/>):
/// <c>START: name (k=v)</c>, <c>[n/N] step (k=v)</c>, <c>[n/N] step - SUCCESS (k=v, duration_ms=…)</c>,
/// <c>- FAILED: error</c>, <c>- SKIPPED: reason</c>, <c>- CANCELLED</c>, <c>- WARNING: message</c>,
/// <c>- RETRY n: error</c>, <c>COMPLETE: name (k=v, total_duration_ms=…)</c>, <c>INCOMPLETE: name (last_step=n/N, …)</c>,
/// and a batch's <c>PROGRESS: name done/total (percentage=…, …)</c> and <c>INTERRUPTED: name (processed=…, …)</c>.
/// </summary>
internal static class LineBody
{
    /// <summary>What follows the symbol of a batch's INTERRUPTED line.</summary>
    public const string InterruptedHead = LineWords.Interrupted + ": ";

    public static bool TryRead(ReadOnlySpan<char> body, LineSymbol symbol, LineFields fields)
    {
        switch (symbol)
        {
            case LineSymbol.Start:
                return Operation(body, LineWords.Start + ": ", LogEventKind.OperationStart, fields);
            case LineSymbol.Done:
                return Operation(body, LineWords.Complete + ": ", LogEventKind.OperationComplete, fields);
            case LineSymbol.Incomplete:
                return Operation(body, LineWords.Incomplete + ": ", LogEventKind.OperationIncomplete, fields);
            case LineSymbol.Warn when body.StartsWith(LineWords.Incomplete + ": ", StringComparison.Ordinal):
                return Operation(body, LineWords.Incomplete + ": ", LogEventKind.OperationIncomplete, fields);
            case LineSymbol.Interrupted:
            case LineSymbol.Cancel when body.StartsWith(InterruptedHead, StringComparison.Ordinal):
                return Operation(body, InterruptedHead, LogEventKind.OperationInterrupted, fields);
            case LineSymbol.Progress:
                return Progress(body, fields);
            case LineSymbol.Step:
                return Step(body, LogEventKind.StepStart, null, fields);
            case LineSymbol.Ok:
                return Step(body, LogEventKind.StepSuccess, " - " + LineWords.Success, fields);
            case LineSymbol.Fail:
                return Step(body, LogEventKind.StepFailed, " - " + LineWords.Failed + ": ", fields);
            case LineSymbol.Skip:
                return Step(body, LogEventKind.StepSkipped, " - " + LineWords.Skipped + ": ", fields);
            case LineSymbol.Cancel:
                // A batch item still running when its batch stopped waiting for it is ABANDONED: cancelled, for the tool.
                return Step(body, LogEventKind.StepCancelled, " - " + LineWords.Cancelled, fields)
                    || Step(body, LogEventKind.StepCancelled, " - " + LineWords.Abandoned, fields);
            case LineSymbol.Warn when body.StartsWith("[", StringComparison.Ordinal):
                return Step(body, LogEventKind.StepWarning, " - " + LineWords.Warning + ": ", fields);
            case LineSymbol.Warn:
                return OperationWarning(body, fields);
            case LineSymbol.Retry:
                return Step(body, LogEventKind.StepRetry, " - " + LineWords.Retry + " ", fields);
            default:
                return false;
        }
    }

    private static bool Operation(ReadOnlySpan<char> body, string head, LogEventKind kind, LineFields fields)
    {
        if (!body.StartsWith(head, StringComparison.Ordinal))
        {
            return false;
        }

        fields.Kind = kind;
        var list = MetadataList.Find(body, head.Length);
        var cut = list < 0 ? MetadataList.FindCut(body, head.Length) : -1;
        var name = list >= 0 ? body[head.Length..list] : cut >= 0 ? body[head.Length..cut] : body[head.Length..];
        if (name.IsEmpty)
        {
            return false;
        }

        fields.Operation = fields.Names.Get(name);
        if (list >= 0)
        {
            MetadataList.Read(body, list, fields);
        }

        return true;
    }

    // A batch's own "name - WARNING: message": the message is the rest of the line, as the batch writes no list after it.
    private static bool OperationWarning(ReadOnlySpan<char> body, LineFields fields)
    {
        const string marker = " - " + LineWords.Warning + ": ";
        var at = body.IndexOf(marker, StringComparison.Ordinal);

        // A symbol first is the line's own after a level tag that reads as one ([WARN]): the name is not the batch's.
        if (at <= 0 || LineSymbols.At(body, 0, out _) != LineSymbol.None)
        {
            return false;
        }

        fields.Kind = LogEventKind.OperationWarning;
        fields.Operation = fields.Names.Get(body[..at]);
        fields.Text = body[(at + marker.Length)..].ToString();
        return true;
    }

    // "PROGRESS: name done/total (k=v, …)": the count ends the name; it is kept as the processed and total values, the
    // names the structured form of the line gives them.
    private static bool Progress(ReadOnlySpan<char> body, LineFields fields)
    {
        const string head = LineWords.Progress + ": ";
        if (!Operation(body, head, LogEventKind.OperationProgress, fields))
        {
            return false;
        }

        var named = fields.Operation.AsSpan();
        var space = named.LastIndexOf(' ');
        if (space <= 0 || !StepNumbers.TryRead(named[(space + 1)..], out var done, out var total, out var used) || used != named.Length - space - 1 || total is null)
        {
            return false;
        }

        fields.Operation = fields.Names.Get(named[..space]);
        fields.Metadata.Insert(0, new("processed", done.ToString(CultureInfo.InvariantCulture)));
        fields.Metadata.Insert(1, new("total", total.Value.ToString(CultureInfo.InvariantCulture)));
        return true;
    }

    private static bool Step(ReadOnlySpan<char> body, LogEventKind kind, string? marker, LineFields fields)
    {
        if (body.Length < 4 || body[0] != '[' || !StepNumbers.TryRead(body[1..], out var number, out var total, out var used))
        {
            return false;
        }

        var nameStart = 1 + used;
        if (!body[nameStart..].StartsWith("] ", StringComparison.Ordinal))
        {
            return false;
        }

        nameStart += 2;
        fields.Kind = kind;
        fields.StepNumber = number;
        fields.TotalSteps = total;

        int nameEnd;
        int after;
        if (marker is null)
        {
            var startList = MetadataList.Find(body, nameStart);
            if (startList < 0)
            {
                startList = MetadataList.FindCut(body, nameStart);
            }

            nameEnd = startList < 0 ? body.Length : startList;
            after = nameEnd;
        }
        else
        {
            var at = body[nameStart..].IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            nameEnd = nameStart + at;
            after = nameEnd + marker.Length;
            if (kind == LogEventKind.StepRetry && !Attempt(body, ref after, fields))
            {
                return false;
            }
        }

        if (nameEnd == nameStart)
        {
            return false;
        }

        fields.Step = fields.Names.Get(body[nameStart..nameEnd]);
        var list = MetadataList.Find(body, after);
        var hasText = kind is LogEventKind.StepFailed or LogEventKind.StepSkipped or LogEventKind.StepWarning or LogEventKind.StepRetry;
        if (hasText)
        {
            fields.Text = (list < 0 ? body[after..] : body[after..list]).ToString();
        }
        else if (list < 0 ? after != body.Length && MetadataList.FindCut(body, after) != after : list != after)
        {
            // SUCCESS and CANCELLED end the line, or are followed by the list at once (which a cut line may not close).
            return false;
        }

        if (list >= 0)
        {
            MetadataList.Read(body, list, fields);
        }

        return true;
    }

    // "RETRY 2: error": the attempt, then ": ".
    private static bool Attempt(ReadOnlySpan<char> body, ref int position, LineFields fields)
    {
        var colon = body[position..].IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(body.Slice(position, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var attempt))
        {
            return false;
        }

        fields.Attempt = attempt;
        position += colon + 2;
        return true;
    }
}

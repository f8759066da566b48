using System;
using StepLog.Shared;

namespace StepLog.Cli.Input;

/// <summary>What the symbol that leads a StepLog line says, emoji or ASCII.</summary>
internal enum LineSymbol
{
    None,
    Start,
    Step,
    Ok,
    Fail,
    Skip,
    Cancel,
    Done,

    /// <summary>⚠️ leads both INCOMPLETE and a step's WARNING; the text after it tells which.</summary>
    Warn,
    Incomplete,
    Retry,

    /// <summary>A batch's <c>[INTERRUPTED]</c>; in emoji its ⏹️ is <see cref="Cancel"/>'s, and the text after it tells which.</summary>
    Interrupted,

    /// <summary>📊, a batch's PROGRESS.</summary>
    Progress,
}

/// <summary>Recognizes the symbols of <c>StepSymbols.Emoji</c> and <c>StepSymbols.Ascii</c> (<see cref="LineSymbolTable"/>), with the spaces after them.</summary>
internal static class LineSymbols
{
    /// <summary>The symbol at <paramref name="index"/>, and where the text after it (and its spaces) begins.</summary>
    public static LineSymbol At(ReadOnlySpan<char> line, int index, out int bodyStart)
    {
        bodyStart = index;
        var rest = line[index..];
        var (symbol, length) = rest[0] == '[' ? Ascii(rest) : Emoji(rest);
        if (symbol == LineSymbol.None)
        {
            return LineSymbol.None;
        }

        if (length < rest.Length && rest[length] == LineSymbolTable.VariationSelector)
        {
            length++;
        }

        // One space at least; emoji that render narrow get two.
        var spaces = 0;
        while (length + spaces < rest.Length && rest[length + spaces] == ' ')
        {
            spaces++;
        }

        if (spaces == 0)
        {
            return LineSymbol.None;
        }

        bodyStart = index + length + spaces;
        return symbol;
    }

    // Each emoji without its variation selector (the reader takes one if it follows), checked by its first char first.
    private static readonly (string Text, LineSymbol Symbol)[] Emojis =
    [
        (Bare(LineSymbolTable.StartEmoji), LineSymbol.Start),
        (Bare(LineSymbolTable.StepEmoji), LineSymbol.Step),
        (Bare(LineSymbolTable.OkEmoji), LineSymbol.Ok),
        (Bare(LineSymbolTable.FailEmoji), LineSymbol.Fail),
        (Bare(LineSymbolTable.SkipEmoji), LineSymbol.Skip),
        (Bare(LineSymbolTable.CancelEmoji), LineSymbol.Cancel),
        (Bare(LineSymbolTable.DoneEmoji), LineSymbol.Done),
        (Bare(LineSymbolTable.WarnEmoji), LineSymbol.Warn),
        (Bare(LineSymbolTable.RetryEmoji), LineSymbol.Retry),
        (Bare(LineSymbolTable.ProgressEmoji), LineSymbol.Progress),
    ];

    private static (LineSymbol Symbol, int Length) Emoji(ReadOnlySpan<char> text)
    {
        var first = text[0];
        foreach (var (emoji, symbol) in Emojis)
        {
            if (emoji[0] == first && text.StartsWith(emoji, StringComparison.Ordinal))
            {
                return (symbol, emoji.Length);
            }
        }

        return (LineSymbol.None, 0);
    }

    private static (LineSymbol Symbol, int Length) Ascii(ReadOnlySpan<char> text)
    {
        var close = text.IndexOf(']');
        if (close < 3 || close > 12)
        {
            return (LineSymbol.None, 0);
        }

        var symbol = text[1..close] switch
        {
            LineSymbolTable.StartTag => LineSymbol.Start,
            LineSymbolTable.StepTag => LineSymbol.Step,
            LineSymbolTable.OkTag => LineSymbol.Ok,
            LineSymbolTable.FailTag => LineSymbol.Fail,
            LineSymbolTable.SkipTag => LineSymbol.Skip,
            LineSymbolTable.CancelTag => LineSymbol.Cancel,
            LineSymbolTable.DoneTag => LineSymbol.Done,
            LineSymbolTable.IncompleteTag => LineSymbol.Incomplete,
            LineSymbolTable.WarnTag => LineSymbol.Warn,
            LineSymbolTable.RetryTag => LineSymbol.Retry,
            LineSymbolTable.InterruptedTag => LineSymbol.Interrupted,
            LineSymbolTable.ProgressTag => LineSymbol.Progress,
            _ => LineSymbol.None,
        };
        return (symbol, close + 1);
    }

    private static string Bare(string emoji) => emoji.TrimEnd(LineSymbolTable.VariationSelector);
}

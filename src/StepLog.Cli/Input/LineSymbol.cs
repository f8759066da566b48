using System;

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

/// <summary>Recognizes the symbols of <c>StepSymbols.Emoji</c> and <c>StepSymbols.Ascii</c>, with the spaces after them.</summary>
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

        if (length < rest.Length && rest[length] == '\uFE0F')
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

    private static (LineSymbol Symbol, int Length) Emoji(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] == '\uD83D')
        {
            return text[1] switch
            {
                '\uDE80' => (LineSymbol.Start, 2),
                '\uDD01' => (LineSymbol.Retry, 2),
                '\uDCCA' => (LineSymbol.Progress, 2),
                _ => (LineSymbol.None, 0),
            };
        }

        if (text.Length >= 2 && text[0] == '\uD83C' && text[1] == '\uDFC1')
        {
            return (LineSymbol.Done, 2);
        }

        return text[0] switch
        {
            '▶' => (LineSymbol.Step, 1),
            '✅' => (LineSymbol.Ok, 1),
            '❌' => (LineSymbol.Fail, 1),
            '⏭' => (LineSymbol.Skip, 1),
            '⏹' => (LineSymbol.Cancel, 1),
            '⚠' => (LineSymbol.Warn, 1),
            _ => (LineSymbol.None, 0),
        };
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
            "START" => LineSymbol.Start,
            "STEP" => LineSymbol.Step,
            "OK" => LineSymbol.Ok,
            "FAIL" => LineSymbol.Fail,
            "SKIP" => LineSymbol.Skip,
            "CANCEL" => LineSymbol.Cancel,
            "DONE" => LineSymbol.Done,
            "INCOMPLETE" => LineSymbol.Incomplete,
            "WARN" => LineSymbol.Warn,
            "RETRY" => LineSymbol.Retry,
            "INTERRUPTED" => LineSymbol.Interrupted,
            "PROGRESS" => LineSymbol.Progress,
            _ => LineSymbol.None,
        };
        return (symbol, close + 1);
    }
}

using System;

namespace StepLog.Cli.Input;

/// <summary>
/// Tells the lines that continue an entry (its exception, the further lines of its message) from those that start
/// one, so that no text an entry carries is ever read as a StepLog line. Each writer marks its entries' first lines
/// its own way, and a file's first entry line shows which:
/// <list type="bullet">
/// <item>the <c>steplog</c> formatter: <c>[timestamp]&lt;indent&gt;[LEVEL] text</c>; every further line is
/// <c>&lt;indent&gt;    | text</c> (before that mark, raw and indented): a line without the level tag, or without the
/// timestamp the file's entries carry, continues the entry before it;</item>
/// <item>Serilog's text file: <c>timestamp | … | LVL | text</c>; a line without that prefix continues (the
/// <c>{Exception}</c> and a message's further lines are written raw);</item>
/// <item>Microsoft's simple console: a header <c>info: Category[id]</c>, then the message padded six spaces; only the
/// first message line is the entry's text, the padded lines after it continue it.</item>
/// </list>
/// JSON entries escape their line breaks and start at the line's first column. A file of bare lines (no level, no
/// prefix) has nothing that tells an entry from its continuation: its lines are all read, as before.
/// </summary>
internal sealed class ContinuationLines
{
    /// <summary>How far into a line an entry's prefix (timestamp, level) is looked for.</summary>
    private const int MaxPrefix = 64;

    /// <summary>The simple console's padding before each line of an entry's message.</summary>
    private const int SimplePadding = 6;

    private EntryShape _shape;
    private bool _timestamped;
    private bool _simpleMessageRead;

    private enum EntryShape
    {
        None,
        StepLog,
        Serilog,
        SimpleConsole,
    }

    /// <summary>A new file: its entries may be written another way.</summary>
    public void NewFile()
    {
        _shape = EntryShape.None;
        _timestamped = false;
        _simpleMessageRead = false;
    }

    /// <summary>Whether <paramref name="line"/> continues the entry before it, and so is no entry of its own.</summary>
    public bool IsContinuation(ReadOnlySpan<char> line)
    {
        var spaces = line.Length - line.TrimStart(' ').Length;
        var content = line[spaces..];
        if (content.IsEmpty)
        {
            return false;
        }

        // The steplog formatter's mark, whatever the file's other lines are like.
        if (content[0] == '|' && (content.Length == 1 || content[1] == ' '))
        {
            return true;
        }

        if (content[0] == '{')
        {
            // JSON formats write each entry on one line from its first column; indented, it is an entry's text.
            return spaces > 0 && _shape != EntryShape.None;
        }

        bool timestamped;
        EntryShape shape;
        if (_shape == EntryShape.None)
        {
            shape = ShapeOf(line, spaces, out timestamped);
            if (shape == EntryShape.None)
            {
                return false;
            }

            _shape = shape;
            _timestamped = timestamped;
        }
        else
        {
            // Once the file's shape is known, only it is looked for: a line of another shape continues an entry anyway.
            shape = Has(_shape, line, spaces, out timestamped) ? _shape : EntryShape.None;
        }

        return _shape switch
        {
            EntryShape.StepLog => shape != EntryShape.StepLog || timestamped != _timestamped,
            EntryShape.Serilog => shape != EntryShape.Serilog,
            _ => ContinuesSimpleEntry(shape, spaces, content),
        };
    }

    private bool ContinuesSimpleEntry(EntryShape shape, int spaces, ReadOnlySpan<char> content)
    {
        if (shape == EntryShape.SimpleConsole)
        {
            _simpleMessageRead = false;
            return false;
        }

        // The scopes (IncludeScopes) come on a padded line of their own before the message.
        if (spaces >= SimplePadding && !_simpleMessageRead && !content.StartsWith("=> ", StringComparison.Ordinal))
        {
            _simpleMessageRead = true;
            return false;
        }

        return true;
    }

    // Serilog's prefix first: its message may start with a level tag of its own.
    private static EntryShape ShapeOf(ReadOnlySpan<char> line, int spaces, out bool timestamped) =>
        Has(EntryShape.Serilog, line, spaces, out timestamped) ? EntryShape.Serilog
        : Has(EntryShape.SimpleConsole, line, spaces, out timestamped) ? EntryShape.SimpleConsole
        : Has(EntryShape.StepLog, line, spaces, out timestamped) ? EntryShape.StepLog
        : EntryShape.None;

    private static bool Has(EntryShape shape, ReadOnlySpan<char> line, int spaces, out bool timestamped)
    {
        timestamped = false;
        var head = line[..Math.Min(line.Length, spaces + MaxPrefix)];
        return shape switch
        {
            EntryShape.Serilog => spaces == 0 && IsSerilogHead(head),
            EntryShape.SimpleConsole => spaces == 0 && IsSimpleConsoleHead(head),
            _ => IsStepLogHead(head, out timestamped),
        };
    }

    // "2026-11-30 08:27:10.123 | Source | INF | ..."
    private static bool IsSerilogHead(ReadOnlySpan<char> head)
    {
        var bar = head.IndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 && LinePrefix.TryReadTimestamp(head[..bar].Trim(), out _);
    }

    // "info: Category[0]", after the timestamp when the console writes one.
    private static bool IsSimpleConsoleHead(ReadOnlySpan<char> head)
    {
        var colon = head.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 4 || !(head[(colon - 4)..colon] is "trce" or "dbug" or "info" or "warn" or "fail" or "crit"))
        {
            return false;
        }

        var before = head[..(colon - 4)];
        return before.IsEmpty || LinePrefix.TryReadTimestamp(before.Trim(), out _);
    }

    // "[timestamp]<indent>[LEVEL] ...": the first bracket that holds a level, with nothing but a timestamp and the
    // indentation before it.
    private static bool IsStepLogHead(ReadOnlySpan<char> head, out bool timestamped)
    {
        timestamped = false;
        for (var open = head.IndexOf('['); open >= 0;)
        {
            var close = head[open..].IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            close += open;
            var after = close + 1;
            if (LinePrefix.IsLevelTag(head[(open + 1)..close]) && (after == head.Length || head[after] == ' '))
            {
                var before = head[..open].Trim();
                timestamped = !before.IsEmpty;
                return before.IsEmpty || LinePrefix.TryReadTimestamp(before, out _);
            }

            var next = head[after..].IndexOf('[');
            open = next < 0 ? -1 : after + next;
        }

        return false;
    }
}

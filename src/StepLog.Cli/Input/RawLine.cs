namespace StepLog.Cli.Input;

/// <summary>What the line reader hands on: a line's text, or why it has none.</summary>
internal enum RawLineKind
{
    /// <summary>A line, decoded as UTF-8 (invalid bytes become U+FFFD).</summary>
    Text,

    /// <summary>A line longer than <see cref="LineReader.MaxLineBytes"/>: passed over without being held in memory.</summary>
    TooLong,

    /// <summary>A line with NUL bytes: binary data, not a log line.</summary>
    Binary,
}

/// <summary>One line as read: its number in the file (from 1), and its text where it has one.</summary>
internal readonly record struct RawLine(RawLineKind Kind, long Number, string? Text);

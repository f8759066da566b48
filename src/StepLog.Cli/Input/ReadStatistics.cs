using System.Collections.Generic;

namespace StepLog.Cli.Input;

/// <summary>What reading the inputs came to: lines read, StepLog events, and every skipped line counted by why.</summary>
internal sealed class ReadStatistics
{
    /// <summary>How many skipped lines are described one by one in <see cref="Problems"/>; the rest are only counted.</summary>
    public const int MaxProblems = 20;

    private readonly List<string> _problems = [];

    public long Files { get; internal set; }

    public long Bytes { get; internal set; }

    public long Lines { get; internal set; }

    /// <summary>Lines read as StepLog events.</summary>
    public long Events { get; internal set; }

    /// <summary>Lines of other logging (another library's entries, exception traces, blank lines).</summary>
    public long OtherLines { get; internal set; }

    /// <summary>JSON lines that are not valid JSON, and StepLog entries with a field of the wrong type.</summary>
    public long InvalidLines { get; internal set; }

    /// <summary>Lines longer than the reader holds (see <see cref="LineReader.MaxLineBytes"/>).</summary>
    public long TooLongLines { get; internal set; }

    /// <summary>Lines with NUL bytes: binary data.</summary>
    public long BinaryLines { get; internal set; }

    /// <summary>Every line that did not become an event.</summary>
    public long SkippedLines => OtherLines + InvalidLines + TooLongLines + BinaryLines;

    /// <summary>The first lines that look broken (not those of other logging), as "file:line: why".</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Compressed data turned out corrupt or cut short this far into the file: counted as one invalid line, and said.</summary>
    internal void AddCorruptData(string file, long bytesRead, string why)
    {
        InvalidLines++;
        AddProblem(file, bytesRead, "compressed data is corrupt or cut short: " + why);
    }

    internal void AddProblem(string file, long line, string why)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add($"{file}:{line}: {why}");
        }
    }
}

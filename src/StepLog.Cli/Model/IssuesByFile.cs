using System;
using System.Collections.Generic;
using StepLog.Cli.Output;
using StepLog.Cli.Text;

namespace StepLog.Cli.Model;

/// <summary>
/// Correlation issues counted per file. A busy app's log without operation ids has one on nearly every request; said
/// line by line they bury the one thing the user needs: what to set so that the lines can be untangled exactly. So
/// each file is said once, with its count and its first issue, and the advice once.
/// </summary>
internal sealed class IssuesByFile
{
    /// <summary>What makes a log's lines untangle exactly: the operation id on every line, and times to lay them out.</summary>
    public const string Advice =
        "to untangle them exactly, log with the operation id: set IncludeOperationId = true and a TimestampFormat on StepLog's console formatter, or use the JSON console";

    private readonly List<FileIssues> _files = [];
    private readonly Dictionary<string, FileIssues> _byFile = new(StringComparer.Ordinal);

    /// <summary>How many issues were found in all files.</summary>
    public long Count { get; private set; }

    /// <summary>Each file with issues, in the order its first issue was found.</summary>
    public IReadOnlyList<FileIssues> Files => _files;

    public void Add(CorrelationIssue issue)
    {
        Count++;
        if (!_byFile.TryGetValue(issue.File, out var file))
        {
            file = new FileIssues(issue);
            _byFile[issue.File] = file;
            _files.Add(file);
        }

        file.Count++;
    }

    /// <summary>One file's issues as one line: <c>app.log: 95 lines, the first at line 12: …</c>, control characters removed.</summary>
    public static string Describe(FileIssues file) =>
        $"{SafeText.Clean(file.First.File)}: {Numbers.Int(file.Count)} line{(file.Count == 1 ? "" : "s")}, the first at line {Numbers.Int(file.First.Line)}: {SafeText.Clean(file.First.Message)}";
}

/// <summary>The issues of one file: how many, and the first one to show where they begin.</summary>
internal sealed class FileIssues(CorrelationIssue first)
{
    public CorrelationIssue First { get; } = first;

    public long Count { get; set; }
}

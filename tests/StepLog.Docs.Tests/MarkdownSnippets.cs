using System.Text.RegularExpressions;

namespace StepLog.Docs.Tests;

/// <summary>A C# block of a Markdown file that is marked to compile.</summary>
public sealed record Snippet(string File, int Line, string Code)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// Finds the C# blocks marked <c>&lt;!-- compiled --&gt;</c> on the line before the fence. Each such block is a whole
/// file (a program with top-level statements, or types), compiled on its own; unmarked blocks are fragments.
/// </summary>
public static partial class MarkdownSnippets
{
    public const string Marker = "<!-- compiled -->";

    public static IReadOnlyList<Snippet> Read(string path, string displayName)
    {
        var lines = File.ReadAllLines(path);
        var snippets = new List<Snippet>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i - 1].Trim() != Marker || !FenceStart().IsMatch(lines[i]))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            snippets.Add(new Snippet(displayName, start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }

        return snippets;
    }

    [GeneratedRegex(@"^\s*```(csharp|cs|c#)\s*$")]
    private static partial Regex FenceStart();
}

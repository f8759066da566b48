using System.Text.RegularExpressions;

namespace StepLog.Docs.Tests;

/// <summary>
/// A C# block of a Markdown file that is marked to compile: as a console program, or as a web app (with what a new web
/// project's implicit usings bring). <paramref name="Source"/> is the repository file whose text the block shows, if any.
/// </summary>
public sealed record Snippet(string File, int Line, string Code, bool WebApp = false, string? Source = null)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// Finds the C# blocks marked <c>&lt;!-- compiled --&gt;</c> on the line before the fence. Each such block is a whole
/// file (a program with top-level statements, or types), compiled on its own; unmarked blocks are fragments.
/// <c>&lt;!-- compiled web app = samples/X/Program.cs --&gt;</c> marks a web app's program that is that file's text.
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
            var marker = MarkerLine().Match(lines[i - 1].Trim());
            if (!marker.Success || !FenceStart().IsMatch(lines[i]))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            var source = marker.Groups["source"].Success ? marker.Groups["source"].Value : null;
            snippets.Add(new Snippet(displayName, start + 1, string.Join('\n', lines[start..end]), marker.Groups["web"].Success, source));
            i = end;
        }

        return snippets;
    }

    [GeneratedRegex(@"^<!-- compiled(?<web> web app)?(?: = (?<source>\S+))? -->$")]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"^\s*```(csharp|cs|c#)\s*$")]
    private static partial Regex FenceStart();
}

using System.Text.RegularExpressions;

namespace StepLog.Package.Tests.RealBuild;

/// <summary>
/// One project of the real-build tests: a folder of BuildCases/ whose files (C# sources, and an .editorconfig or
/// anything else a case needs) become a fresh library project that references the packed StepLog. What the build must
/// report is written in the sources themselves, at the end of the line it belongs to:
/// <code>
/// public partial Task ConnectAsync([Log] string connectionString); // expect: warning SL0008
/// int unused = 1; // expect: CS0219, warning SL1001
/// </code>
/// A severity (error, warning, info) is optional; when given it is checked too. Every line without the marker must
/// get no diagnostic at all, and no diagnostic may land outside the case's own files (e.g. in generated code).
/// A diagnostic that a suppressor or #pragma silenced counts only where a marker expects it as
/// <c>suppressed ID</c>, so that a case can prove a suppression without every case listing them.
/// </summary>
internal sealed partial class BuildCase
{
    private BuildCase(string name, string directory, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Name = name;
        Directory = directory;
        Expected = expected;
    }

    /// <summary>The folder name, which is also the project name.</summary>
    public string Name { get; }

    /// <summary>The case's folder in the repository.</summary>
    public string Directory { get; }

    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    /// <summary>The repository folder holding one sub-folder per case.</summary>
    public static string Root { get; } = Path.Combine(Repository.Root, "tests", "StepLog.Package.Tests", "BuildCases");

    public static IReadOnlyList<BuildCase> All() =>
        System.IO.Directory.EnumerateDirectories(Root)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static BuildCase Load(string directory)
    {
        var expected = new List<ExpectedDiagnostic>();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = RelativePath(directory, file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var marker = Marker().Match(lines[i]);
                if (!marker.Success)
                {
                    continue;
                }

                foreach (var item in marker.Groups["items"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    expected.Add(ExpectedDiagnostic.Parse(relative, i + 1, item));
                }
            }
        }

        return new BuildCase(Path.GetFileName(directory), directory, expected);
    }

    /// <summary>A path relative to a case folder, with '/' on every system.</summary>
    public static string RelativePath(string directory, string path) =>
        Path.GetRelativePath(directory, path).Replace('\\', '/');

    public override string ToString() => Name;

    [GeneratedRegex(@"//\s*expect:(?<items>[^/]*)$")]
    private static partial Regex Marker();
}

/// <summary>A diagnostic a case expects: where, which, and optionally how severe (or "suppressed").</summary>
internal sealed record ExpectedDiagnostic(string File, int Line, string Id, string? Level)
{
    private static readonly string[] Levels = ["error", "warning", "info", "suppressed"];

    public static ExpectedDiagnostic Parse(string file, int line, string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            [var id] => new ExpectedDiagnostic(file, line, id, null),
            [var level, var id] when Levels.Contains(level) => new ExpectedDiagnostic(file, line, id, level),
            _ => throw new FormatException($"{file}:{line}: '{item}' is not 'ID' or 'level ID' (level: {string.Join(", ", Levels)})."),
        };
    }
}

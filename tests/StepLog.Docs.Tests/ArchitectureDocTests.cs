using System.Text.RegularExpressions;

namespace StepLog.Docs.Tests;

/// <summary>docs/architecture.md stays true: every repository path it names exists in this commit.</summary>
public partial class ArchitectureDocTests
{
    [Fact]
    public void Every_repository_path_the_architecture_page_names_exists()
    {
        var root = RepositoryRoot();
        var page = File.ReadAllText(Path.Combine(root, "docs", "architecture.md"));

        var named = RepositoryPaths(page);
        var missing = named.Where(path => !Exists(root, path)).ToList();

        // A page whose paths were no longer recognised would pass without checking anything.
        Assert.True(named.Count >= 30, $"docs/architecture.md names only {named.Count} repository paths; was the `path` convention changed?");
        Assert.True(missing.Count == 0, "docs/architecture.md names paths that do not exist; update the page:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_caught()
    {
        var root = RepositoryRoot();
        var named = RepositoryPaths("See `src/StepLog.Runtime/StepLogger.cs` and `src/StepLog.Runtime/Gone/Nowhere.cs`.");

        Assert.Equal(["src/StepLog.Runtime/Gone/Nowhere.cs"], named.Where(path => !Exists(root, path)));
    }

    // A repository path is a code span that starts with one of the repository's top folders.
    private static List<string> RepositoryPaths(string markdown) =>
        PathSpan().Matches(markdown).Select(match => match.Groups["path"].Value.TrimEnd('/')).Distinct(StringComparer.Ordinal).ToList();

    private static bool Exists(string root, string path)
    {
        var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(full) || Directory.Exists(full);
    }

    // The tests run from their build output inside the repository: the root is the nearest folder with the solution.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StepLog.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No StepLog.sln above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }

    [GeneratedRegex(@"`(?<path>(?:src|tests|docs|benchmarks|samples|deploy)/[^`\s]+)`")]
    private static partial Regex PathSpan();
}

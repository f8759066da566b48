namespace StepLog.Docs.Tests;

/// <summary>Every C# block the README and docs/ mark as compiled builds against this commit's StepLog, warning-free.</summary>
public class DocumentationSnippetTests
{
    public static TheoryData<Snippet> Snippets()
    {
        var data = new TheoryData<Snippet>();
        var root = Path.Combine(AppContext.BaseDirectory, "docs");
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (var snippet in MarkdownSnippets.Read(file, name))
            {
                data.Add(snippet);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Compiles_without_warnings(Snippet snippet)
    {
        var problems = SnippetCompiler.Compile(snippet);

        Assert.True(problems.Count == 0, $"{snippet} does not compile cleanly:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_README_has_compiled_snippets()
    {
        var readme = MarkdownSnippets.Read(Path.Combine(AppContext.BaseDirectory, "docs", "README.md"), "README.md");

        Assert.True(readme.Count >= 3, $"README.md marks {readme.Count} blocks as compiled; its examples should be checked.");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_block_that_shows_a_file_shows_it_as_it_is(Snippet snippet)
    {
        if (snippet.Source is null)
        {
            return;
        }

        var file = Path.Combine(AppContext.BaseDirectory, snippet.Source);
        Assert.True(File.Exists(file), $"{snippet} says it shows {snippet.Source}, which is not there.");
        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n").TrimEnd(), snippet.Code.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void The_README_shows_the_web_app_sample_as_its_program()
    {
        var readme = MarkdownSnippets.Read(Path.Combine(AppContext.BaseDirectory, "docs", "README.md"), "README.md");

        Assert.Contains(readme, s => s.WebApp && s.Source == "samples/StepLog.Samples.WebApi/Program.cs");
    }

    [Fact]
    public void A_broken_snippet_is_caught()
    {
        var problems = SnippetCompiler.Compile(new Snippet("test", 1, "var op = new StepLog.StepLogger(\"x\"); op.Sucess();"));

        Assert.Contains(problems, d => d.Id == "CS1061");
    }
}

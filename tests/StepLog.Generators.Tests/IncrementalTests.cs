using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepLog.Generators.Tests.Infrastructure;

namespace StepLog.Generators.Tests;

/// <summary>
/// The pipeline carries equatable models only: an edit that does not change what is generated re-runs no emission.
/// </summary>
public class IncrementalTests
{
    private const string Subject = """
        namespace Shapes
        {
            public partial class Sync
            {
                private readonly ILogger _logger;
                public Sync(ILogger logger) => _logger = logger;

                [Operation("Sync")]
                public partial int Run([Log] string source);
                private int RunCore(string source) => Fetch();

                [Step(1, "Fetch")]
                private partial int Fetch();
                private int FetchCore() => 1;
            }
        }
        """;

    private const string Unrelated = "namespace Other { public class Plain { public int Value => 1; } }";

    private static readonly string[] TrackedSteps =
        [StepLogGenerator.TrackingNames.Operations, StepLogGenerator.TrackingNames.Steps, StepLogGenerator.TrackingNames.Types];

    [Fact]
    public void An_edit_in_an_unrelated_file_is_served_from_the_cache()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, 1, Unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertNothingReEmitted(result);
    }

    // The edited body comes before the [Step] declaration, so that a model holding a position would change.
    [Fact]
    public void An_edit_inside_a_core_body_changes_no_model()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, 0, TestCompilation.Usings + Subject.Replace("=> Fetch();", "=> Fetch() + 0 * source.Length;", StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertNothingReEmitted(result);
    }

    [Fact]
    public void Renaming_a_step_regenerates_the_file()
    {
        var (driver, compilation) = FirstRun();
        var before = driver.GetRunResult().GeneratedTrees.Single().ToString();

        var edited = Replace(compilation, 0, TestCompilation.Usings + Subject.Replace("\"Fetch\"", "\"Fetch rows\"", StringComparison.Ordinal));
        var run = driver.RunGenerators(edited).GetRunResult();

        var after = run.GeneratedTrees.Single().ToString();
        Assert.NotEqual(before, after);
        Assert.Contains("\"Fetch rows\"", after, StringComparison.Ordinal);
        Assert.Contains(run.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    // A finding is carried as an equatable value (ID, file, spans, arguments), not a Location: an unrelated edit leaves
    // the parsed methods equal, the file is not emitted again, and the finding is still reported, once.
    [Fact]
    public void A_reported_finding_stays_an_equal_model_after_an_unrelated_edit()
    {
        var withoutCore = TestCompilation.Usings + Subject.Replace("private int FetchCore() => 1;", string.Empty, StringComparison.Ordinal);
        var compilation = TestCompilation.Create([withoutCore, Unrelated]);
        var driver = TestCompilation.Driver(track: true).RunGenerators(compilation);
        Assert.Equal("SL0003", Assert.Single(driver.GetRunResult().Diagnostics).Id);

        var run = driver.RunGenerators(Replace(compilation, 1, Unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal))).GetRunResult();
        var result = run.Results.Single();

        foreach (var name in TrackedSteps)
        {
            Assert.All(result.TrackedSteps[name].SelectMany(r => r.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} output was {o.Reason}"));
        }

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SL0003", diagnostic.Id);
        Assert.Equal(withoutCore.IndexOf("int Fetch();", StringComparison.Ordinal) + "int ".Length, diagnostic.Location.SourceSpan.Start);
        Assert.Same(compilation.SyntaxTrees.First(), diagnostic.Location.SourceTree); // located in the tree, so #pragma applies
    }

    // The near miss SL0003 names is carried as its name, a string: an unrelated edit still finds every model equal.
    [Fact]
    public void A_near_miss_named_by_SL0003_stays_an_equal_model_and_renaming_it_clears_the_finding()
    {
        var nearMiss = TestCompilation.Usings + Subject.Replace("private int FetchCore()", "private int FetchAsyncCore()", StringComparison.Ordinal);
        var compilation = TestCompilation.Create([nearMiss, Unrelated]);
        var driver = TestCompilation.Driver(track: true).RunGenerators(compilation);
        Assert.Equal(
            "'Fetch' has no body method 'FetchCore' with the same parameters and return type; rename 'FetchAsyncCore', which has them, to 'FetchCore'",
            Assert.Single(driver.GetRunResult().Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var unrelatedEdit = Replace(compilation, 1, Unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal));
        driver = driver.RunGenerators(unrelatedEdit);
        var result = driver.GetRunResult().Results.Single();
        foreach (var name in TrackedSteps)
        {
            Assert.All(result.TrackedSteps[name].SelectMany(r => r.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} output was {o.Reason}"));
        }

        var renamed = driver.RunGenerators(Replace(unrelatedEdit, 0, TestCompilation.Usings + Subject)).GetRunResult();
        Assert.Empty(renamed.Diagnostics);
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = TestCompilation.Create([TestCompilation.Usings + Subject, Unrelated]);
        var driver = TestCompilation.Driver(track: true).RunGenerators(compilation);
        Assert.Single(driver.GetRunResult().GeneratedTrees);
        return (driver, compilation);
    }

    private static Compilation Replace(Compilation compilation, int index, string text)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)old.Options, old.FilePath));
    }

    private static void AssertNothingReEmitted(GeneratorRunResult result)
    {
        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var runs), $"step {name} was not tracked");
            var reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} output was {reason}"));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}

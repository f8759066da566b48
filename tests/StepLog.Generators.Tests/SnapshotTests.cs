using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepLog.Generators.Tests.Infrastructure;

namespace StepLog.Generators.Tests;

/// <summary>
/// The generated source of each method shape, compared with its approved snapshot (Snapshots/*.verified.cs: read them,
/// they are the specification), and compiled with the runtime: no warning, no error.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string> Shapes() => new(ShapeSources.All.Keys);

    /// <summary>The shapes whose user code is valid C# 9; the others use later language features.</summary>
    public static TheoryData<string> Csharp9Shapes() => new(ShapeSources.All.Keys.Where(s => !ShapeSources.NeedsLatest.Contains(s)));

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_source_matches_its_snapshot(string shape)
    {
        var (result, _) = TestCompilation.Run(ShapeSources.All[shape]);

        Assert.Empty(result.Diagnostics);
        var sources = result.Results.Single().GeneratedSources;
        Assert.NotEmpty(sources);
        foreach (var source in sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var suffix = sources.Length == 1 ? string.Empty : "." + source.HintName.Replace(".StepLog.g.cs", string.Empty, StringComparison.Ordinal);
            Snapshot.Match(shape + suffix, source.SourceText.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_source_compiles_without_warnings_on_net(string shape)
    {
        var (_, output) = TestCompilation.Run(ShapeSources.All[shape]);

        var problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, problems);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_source_compiles_without_warnings_for_netstandard20(string shape)
    {
        var (_, output) = TestCompilation.Run(ShapeSources.All[shape], consumer: Consumer.NetStandard20);

        var problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, problems);
    }

    [Theory]
    [MemberData(nameof(Csharp9Shapes))]
    public void Generated_source_compiles_without_warnings_as_csharp9(string shape)
    {
        var (_, output) = TestCompilation.Run(ShapeSources.All[shape], LanguageVersion.CSharp9);

        var problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, problems);
    }
}

/// <summary>The ValueTask helpers use the pooling builder only where the consumer has it and may name it.</summary>
public class PoolingBuilderTests
{
    private const string PoolingAttribute = "PoolingAsyncValueTaskMethodBuilder";

    [Fact]
    public void Net_consumer_on_csharp10_or_later_gets_pooled_value_task_helpers()
    {
        Assert.Contains(PoolingAttribute, GeneratedValueTaskSource(LanguageVersion.CSharp10, Consumer.Net), StringComparison.Ordinal);
    }

    [Fact]
    public void Csharp9_consumer_gets_plain_value_task_helpers()
    {
        Assert.DoesNotContain(PoolingAttribute, GeneratedValueTaskSource(LanguageVersion.CSharp9, Consumer.Net), StringComparison.Ordinal);
    }

    [Fact]
    public void Netstandard20_consumer_gets_plain_value_task_helpers()
    {
        Assert.DoesNotContain(PoolingAttribute, GeneratedValueTaskSource(LanguageVersion.Latest, Consumer.NetStandard20), StringComparison.Ordinal);
    }

    private static string GeneratedValueTaskSource(LanguageVersion version, Consumer consumer)
    {
        var (result, output) = TestCompilation.Run(ShapeSources.All["ValueTaskOfTStep"], version, consumer);
        var problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, problems);
        return result.GeneratedTrees.Single().ToString();
    }
}

using StepLog.Generators.Tests.Infrastructure;

namespace StepLog.Generators.Tests;

/// <summary>One generated file per type, whatever the number of files the type is declared in.</summary>
public class GroupingTests
{
    [Fact]
    public void A_type_declared_in_two_files_gets_one_file_and_n_counts_the_steps_of_both()
    {
        const string First = """
            namespace Shapes
            {
                public partial class Split
                {
                    [Operation("Split work")]
                    public partial void Run();
                    private void RunCore() { One(); Two(); }

                    [Step(1, "One")]
                    private partial void One();
                    private void OneCore() { }
                }
            }
            """;
        const string Second = """
            namespace Shapes
            {
                public partial class Split
                {
                    [Step(2, "Two")]
                    private partial void Two();
                    private void TwoCore() { }
                }
            }
            """;
        var compilation = TestCompilation.Create([TestCompilation.Usings + First, TestCompilation.Usings + Second]);

        var result = TestCompilation.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult();

        var generated = Assert.Single(result.GeneratedTrees).ToString();
        Assert.EndsWith("Shapes.Split.StepLog.g.cs", result.GeneratedTrees[0].FilePath, StringComparison.Ordinal);
        Assert.Contains("OperationDefinition(\"Split work\", 2,", generated, StringComparison.Ordinal);
        Assert.Contains("StepDefinition(\"Split work\", 2, \"Two\", 2,", generated, StringComparison.Ordinal);
        var problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, problems);
    }

    [Fact]
    public void Overloads_get_their_own_definitions()
    {
        const string Source = """
            namespace Shapes
            {
                public partial class Overloads
                {
                    [Step(1, "By id")]
                    public partial int Find(int id);
                    private int FindCore(int id) => id;

                    [Step(2, "By name")]
                    public partial int Find(string name);
                    private int FindCore(string name) => name.Length;
                }
            }
            """;

        var (result, output) = TestCompilation.Run(Source);

        var generated = Assert.Single(result.GeneratedTrees).ToString();
        Assert.Contains("__FindDefinition1 = new global::StepLog.Generated.StepDefinition(\"Overloads\", 1, \"By id\"", generated, StringComparison.Ordinal);
        Assert.Contains("__FindDefinition2 = new global::StepLog.Generated.StepDefinition(\"Overloads\", 2, \"By name\"", generated, StringComparison.Ordinal);
        var problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, problems);
    }
}

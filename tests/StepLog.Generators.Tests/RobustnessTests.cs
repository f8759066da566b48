using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepLog.Generators.Tests.Infrastructure;

namespace StepLog.Generators.Tests;

/// <summary>
/// Code being typed: the generator runs over prefixes of every shape source, cut at token boundaries, and must never
/// throw (which the compiler would report as CS8785); what it reports on half-typed code is its own rules only.
/// </summary>
public class RobustnessTests
{
    // Every token boundary of the larger sources is too slow for 2 cores; every fourth one, with the first and last
    // 30 boundaries of each source in full, covers the attribute lists, signatures and type headers being typed.
    private const int Stride = 4;
    private const int FullEdge = 30;

    public static TheoryData<string> Shapes() => new(ShapeSources.All.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generator_never_fails_on_a_prefix(string shape)
    {
        var text = TestCompilation.Usings + ShapeSources.All[shape];
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().ToArray();
        var driver = TestCompilation.Driver();
        var runs = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i % Stride != 0 && i > FullEdge && i < tokens.Length - FullEdge)
            {
                continue;
            }

            var prefix = text[..tokens[i].Span.End];
            driver = driver.RunGenerators(TestCompilation.Create([prefix]));
            var result = driver.GetRunResult().Results.Single();
            runs++;

            Assert.True(result.Exception is null, $"Prefix ending at token {i} ('{tokens[i].Text}'): {result.Exception}");
            Assert.All(result.Diagnostics, d => Assert.Matches("^SL00(0[1-7]|12)$", d.Id));
        }

        Assert.True(runs > 20, $"only {runs} prefixes were run");
    }

    [Fact]
    public void Generator_reports_each_method_it_cannot_implement_and_keeps_the_compilation_whole()
    {
        const string Invalid = """
            namespace Shapes
            {
                public class NotPartial
                {
                    [Step(1, "x")] public partial void A();
                    private void ACore() { }
                }

                public partial class Skipped
                {
                    [Step(1, "no core")] public partial void NoCore();
                    [Step(2, "wrong core")] public partial int WrongCore(int x);
                    private long WrongCoreCore(int x) => x;
                    [Step(3, "static mismatch")] public partial void StaticMismatch();
                    private static void StaticMismatchCore() { }
                    [Step(4, "has body")] public void HasBody() { }
                    private void HasBodyCore() { }
                    [Step(5, "ref return")] public partial ref int RefReturn();
                    private ref int RefReturnCore() => throw null!;
                    [Step(6, "stream")] public partial IAsyncEnumerable<int> Stream();
                    private IAsyncEnumerable<int> StreamCore() => throw null!;
                    [Step(7, "unknown operation", Operation = "Nope")] public partial void Orphan();
                    private void OrphanCore() { }
                }

                public partial interface IContract
                {
                    [Step(1, "in interface")] public partial void InInterface();
                }
            }
            """;

        var (result, output) = TestCompilation.Run(Invalid);

        Assert.Null(result.Results.Single().Exception);
        Assert.Equal(
            [
                "SL0002 A", "SL0003 NoCore", "SL0003 WrongCore", "SL0003 StaticMismatch", "SL0001 HasBody", "SL0007 RefReturn",
                "SL0007 Stream", "SL0006 Orphan", "SL0007 InInterface",
            ],
            result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Id + " " + MethodAt(d)));

        // Every partial method of Skipped has a body (a stub, or a bare call of its Core): no CS8795 there. The type that
        // is not partial and the interface cannot get one; the compiler says so for them, and nothing else is added.
        var missing = output.GetDiagnostics().Where(d => d.Id == "CS8795").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, missing.Length);
        Assert.Contains(missing, m => m.Contains("NotPartial.A()", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("IContract.InInterface()", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true));
    }

    private static string MethodAt(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().First().Identifier.ValueText;
}

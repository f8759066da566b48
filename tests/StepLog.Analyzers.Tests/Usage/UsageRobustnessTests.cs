using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StepLog.Analyzers.Usage.Fixes;
using StepLog.Analyzers.Tests.Infrastructure;
using StepLog.Analyzers.Usage;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>
/// Code being typed: the usage analyzers and the generator run over every prefix of a few sources, cut after each token, and the fixes over
/// one prefix in four; none may throw (no AD0001, no exception from a fix).
/// </summary>
public class UsageRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
    [
        new SecretParameterAnalyzer(), new LoggerNotUsedAnalyzer(), new ValueNotLoggedAnalyzer(), new KeyCollisionAnalyzer(),
    ];

    private static readonly CodeFixProvider[] Fixes =
        [new NotPartialDeclarationCodeFixProvider(), new TypeNotPartialCodeFixProvider(), new MissingCoreCodeFixProvider(), new KeyCollisionCodeFixProvider()];

    public static TheoryData<string> Sources { get; } = new()
    {
        """
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;
        namespace App;
        public class Sync<T>
        {
            [Operation("Model Sync", Result = "count")]
            public async Task<int> SyncAsync([Log] string provider, [Log("api_key")] string apiKey, CancellationToken ct = default) { await Task.Yield(); return 1; }
            [Step(1, "Fetch", Operation = nameof(SyncAsync))]
            private partial (int Valid, int Filtered) Fetch(in T value, ref int count, out bool done, params int[] rest) where T : class;
        }
        """,
        """
        using System.Collections.Generic;
        using StepLog;
        public partial record struct Numbers
        {
            [Operation("A")] public partial void A();
            [Operation("B")] public partial void B();
            [Step(1, "One")] partial void One();
            [Step(1, "Two", Operation = nameof(C))] partial void Two();
            [Step(3, "Three", Operation = "B")] public partial ref int Three();
            [Step(4, "Four")] public partial IAsyncEnumerable<int> Four();
            int Total { [Step(5, "Get")] get => 1; }
            void Local() { [Step(6, "L")] void Inner() { } Inner(); }
        }
        public interface ISteps { [Step(1, "I")] void I(); }
        """,
        """
        using StepLog;
        public partial class Keys
        {
            [Operation("Keys", Result = "status")]
            public partial (int Status, int Depth) Run([Log] int depth, [Log("raw_count")] int rawCount, [Log] int raw_count);
            public static void Calls(StepLogger op, string key)
            {
                op.Start(("operation", 1), (key, 2));
                op.Success(("duration_ms", 1), ("a", 2), ("a", 3));
                op.Complete(StepMetadata.Of("status", 1, "depth", 2));
                var values = StepMetadata.Of("x", 1, "x", 2);
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Analyzers_and_fixes_never_throw_on_token_prefixes(string source)
    {
        var failures = new ConcurrentQueue<string>();
        var cuts = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Select(t => t.Span.End).Distinct().ToList();
        Assert.True(cuts.Count > 100, "the sources are long enough to cut in many places");

        // One project whose document text changes: the compilations share their references, so each cut is cheap.
        using var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Prefix", "Prefix", LanguageNames.CSharp)
            .WithParseOptions(UsageTestSetup.ParseOptions)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReferences(UsageReferences.All);
        var document = project.AddDocument("Prefix.cs", SourceText.From(""));
        var analyzedCuts = 0;
        foreach (var cut in cuts)
        {
            document = document.WithText(SourceText.From(source[..cut]));
            var diagnostics = await AnalyzeAsync(document, failures);
            analyzedCuts++;
            // Fixes format and simplify, which costs more: they run on a fixed sample of one cut in four.
            if (analyzedCuts % 4 != 0)
            {
                continue;
            }

            foreach (var diagnostic in diagnostics.Where(d => d.Id is "SL0001" or "SL0002" or "SL0003" or "SL0011"))
            {
                await ApplyFixesAsync(document, diagnostic, failures);
            }
        }

        Assert.Equal(cuts.Count, analyzedCuts);
        Assert.Empty(failures);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, ConcurrentQueue<string> failures)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var source = (await document.GetTextAsync()).ToString();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception} on:\n{source}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();

        // SL0001-SL0007 come from the generator, which must not throw either (the compiler would report CS8785).
        var generated = CSharpGeneratorDriver.Create([new StepLog.Generators.StepLogGenerator().AsSourceGenerator()], parseOptions: UsageTestSetup.ParseOptions)
            .RunGenerators(compilation).GetRunResult().Results.Single();
        if (generated.Exception is not null)
        {
            failures.Enqueue($"StepLogGenerator threw {generated.Exception} on:\n{source}");
        }

        diagnostics = diagnostics.AddRange(generated.Diagnostics);
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Enqueue($"{diagnostic} on:\n{source}");
        }

        return diagnostics;
    }

    private static async Task ApplyFixesAsync(Document document, Diagnostic diagnostic, ConcurrentQueue<string> failures)
    {
        foreach (var fix in Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            try
            {
                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), default));
                foreach (var action in actions)
                {
                    await action.GetOperationsAsync(default);
                }
            }
            catch (Exception exception)
            {
                failures.Enqueue($"{fix.GetType().Name} threw {exception} on {diagnostic} in:\n{await document.GetTextAsync()}");
            }
        }
    }
}

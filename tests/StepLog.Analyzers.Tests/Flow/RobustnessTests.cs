using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Analyzers.Flow;
using StepLog.Analyzers.Tests.Infrastructure;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>
/// Half-typed code: the analyzers run on every token prefix of a few sources (what an editor sees while typing) and
/// must never throw (no AD0001, no exception reported to the host).
/// </summary>
public class RobustnessTests
{
    private const string EveryShape = """
            async Task<int> RunAsync(int mode, int count)
            {
                var op = new StepLogger(_log, "Shapes", totalSteps: 3);
                op.Start(("mode", mode));
                try
                {
                    op.Step(1, "Fetch data");
                    var items = await FetchAsync();
                    op.Success(("count", items.Count));
                    for (var i = 2; i <= count; i++)
                    {
                        op.Step(i, mode > 0 ? "Fetch page" : "Skip page");
                        switch (mode)
                        {
                            case 0: op.Skip("Nothing"); continue;
                            default: op.Success(); break;
                        }
                    }

                    Action later = () => { using var inner = new StepLogger(_log, "Inner"); inner.Start(); };
                    Local();
                    using (var other = new StepLogger(_log, "Other", 1)) { other.Start(); other.Step(1, "Step 1"); }
                    op.Complete();
                    return items.Count;

                    void Local() { var nested = new StepLogger(_log, "Nested"); nested.Start(); }
                }
                catch (Exception e) when (mode > 1)
                {
                    op.Failure(e);
                    op.Complete(e);
                    throw;
                }
                finally
                {
                    op.Dispose();
                }
            }
        """;

    private const string SeedShape = """
            List<int>? ProviderFetch(string url)
            {
                using var op = new StepLogger(_log, "Provider Fetch", totalSteps: 4);
                op.Start(("provider", "openrouter"));
                op.Step(1, "Validate API key");
                if (url is null)
                {
                    op.Failure(new InvalidOperationException("No API key"));
                    return null;
                }

                op.Success(("status", "valid"));
                op.Step(2, "Fetch from API");
                var response = Fetch();
                op.Success(("status_code", 200), ("count", response.Count));
                op.Complete(("total_models", response.Count));
                return response;
            }
        """;

    [Theory]
    [InlineData(nameof(EveryShape))]
    [InlineData(nameof(SeedShape))]
    public async Task Analyzers_never_throw_on_any_token_prefix(string which)
    {
        var source = FlowCode.InClass(which == nameof(EveryShape) ? EveryShape : SeedShape);
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
        var failures = new List<string>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StepLoggerFlowAnalyzer(), new VagueStepNameAnalyzer());
        var prefixes = 0;

        // Every token boundary inside the method; the helpers after it are cut too, which makes the class unclosed.
        var first = source.IndexOf(which == nameof(EveryShape) ? "async Task<int>" : "List<int>? ProviderFetch", StringComparison.Ordinal);
        // Every second token boundary: keeps the test fast on a shared machine and still cuts each statement many ways.
        foreach (var token in tokens.Where(token => token.Span.End > first).Where((_, index) => index % 2 == 0))
        {
            var prefix = source.Substring(0, token.Span.End);
            var compilation = FlowCompilation.Create(prefix);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name} on prefix ending '{token.Text}' at {token.SpanStart}: {exception.Message}"),
                concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            failures.AddRange(diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").Select(diagnostic => diagnostic.ToString()));
            prefixes++;
        }

        Assert.True(prefixes > 50, $"only {prefixes} prefixes were tried");
        Assert.Empty(failures);
    }
}

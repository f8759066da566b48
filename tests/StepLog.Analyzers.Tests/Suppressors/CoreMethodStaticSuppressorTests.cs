using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Analyzers.Suppressors;
using StepLog.Analyzers.Tests.Infrastructure;

namespace StepLog.Analyzers.Tests.Suppressors;

/// <summary>
/// CA1822 on an XCore body is suppressed, and only there. A stand-in analyzer reports CA1822 on every method, as the
/// .NET analyzers would on a body that uses no instance state.
/// </summary>
public class CoreMethodStaticSuppressorTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using StepLog;

        public partial class Sync
        {
            [Operation("Sync")]
            public partial Task<int> RunAsync();

            [Step(1, "Fetch the catalog")]
            private partial int Fetch();

            private Task<int> RunAsyncCore() => Task.FromResult(Fetch());
            private int FetchCore() => 42;
            private int Helper() => 7;
            private int UnrelatedCore() => 8;

            public partial Task<int> RunAsync() => RunAsyncCore();
            private partial int Fetch() => FetchCore();
        }
        """;

    [Fact]
    public async Task CA1822_is_suppressed_on_bodies_of_StepLog_methods_only()
    {
        var compilation = CSharpCompilation.Create(
            "Suppression",
            [CSharpSyntaxTree.ParseText(Source)],
            UsageReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EveryMethodCouldBeStatic(), new CoreMethodStaticSuppressor());

        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync();

        var byMethod = diagnostics.Where(d => d.Id == "CA1822").ToDictionary(d => (string)d.Properties["method"]!, d => d.IsSuppressed);
        Assert.True(byMethod["RunAsyncCore"]);
        Assert.True(byMethod["FetchCore"]);
        Assert.False(byMethod["Helper"]);
        Assert.False(byMethod["UnrelatedCore"]);
    }

    // A test double that must carry the real rule's ID, which the analyzer-authoring rules reserve.
#pragma warning disable RS1036, RS1029, RS2008, RS1026
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EveryMethodCouldBeStatic : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(
            "CA1822", "Mark members as static", "Member '{0}' does not access instance data", "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary, PartialDefinitionPart: null, PartialImplementationPart: null } method)
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty.Add("method", method.Name);
                        symbol.ReportDiagnostic(Diagnostic.Create(Rule, method.Locations[0], properties, method.Name));
                    }
                },
                SymbolKind.Method);
        }
    }
#pragma warning restore RS1036, RS1029, RS2008, RS1026
}

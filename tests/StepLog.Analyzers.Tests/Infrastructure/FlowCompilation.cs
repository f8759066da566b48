using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Tests.Infrastructure;

/// <summary>Runs analyzers on a source directly (no test framework): for robustness checks over broken code.</summary>
internal static class FlowCompilation
{
    public static CSharpCompilation Create(string source) => CSharpCompilation.Create(
        "Sample",
        new[] { CSharpSyntaxTree.ParseText(source) },
        FlowVerifier.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Every diagnostic the analyzers report, including AD0001 (an analyzer threw).</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers), options);
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// An analyzer that looks at every invocation and reports nothing: the control case, what running any analyzer at all
/// costs (the analyzer driver, compilation events, a callback per call), which a real build pays already.
/// </summary>
// Never loaded by a compiler, only handed to CompilationWithAnalyzers in this process: the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrivialAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.InvocationExpression);
    }
}
#pragma warning restore RS1036, RS1038, RS1041, RS2008

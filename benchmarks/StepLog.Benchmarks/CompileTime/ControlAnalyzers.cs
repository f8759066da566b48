using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Benchmarks.CompileTime;

// Never loaded by a compiler, only handed to CompilationWithAnalyzers in this process: the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

/// <summary>
/// Looks at every invocation's syntax and reports nothing: what running any analyzer at all costs (the analyzer
/// driver, compilation events, a callback per call).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyntaxOnlyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ControlDescriptor.Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.InvocationExpression);
    }
}

/// <summary>
/// Looks at every invocation as an operation and reports nothing: what analyzers that read bound code cost, as the
/// .NET SDK's code-analysis rules do in most builds (binding every body a second time, for the analyzers).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ControlDescriptor.Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
    }
}

internal static class ControlDescriptor
{
    public static readonly DiagnosticDescriptor Never = new(
        "BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
}
#pragma warning restore RS1036, RS1038, RS1041, RS2008

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0007: an [Operation]/[Step] method of a shape the generator skips (ref returns, async streams, interface members),
/// reported on the part at fault with what to do instead.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UnsupportedShape);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = StepLogTypes.TryCreate(start.Compilation);
            if (types is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, types), SymbolKind.Method);
            }
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, StepLogTypes types)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.MethodKind != MethodKind.Ordinary || MethodShape.IsImplementationPart(method) ||
            types.FindStepLogAttribute(method) is null)
        {
            return;
        }

        foreach (var (location, reason) in MethodShape.UnsupportedParts(method, types, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedShape, location, method.Name, reason));
        }
    }
}

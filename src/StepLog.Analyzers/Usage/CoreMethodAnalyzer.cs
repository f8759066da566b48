using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0003: an [Operation]/[Step] method whose body method <c>XCore</c> is missing from its type or does not match:
/// the generated <c>X</c> calls <c>XCore</c> with its own arguments and returns what it returns.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CoreMethodAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MissingCore);

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
        if (types.FindStepLogAttribute(method) is null || MethodShape.IsImplementationPart(method) ||
            method.ContainingType is not { TypeKind: not TypeKind.Interface } containingType ||
            method.Name.Length == 0 ||
            MethodShape.NameLocation(method) is not { } location ||
            // SL0001 and SL0007 already say the method cannot be generated; a missing body is not the point then.
            !MethodShape.IsPartialDeclarationWithoutBody(method) ||
            MethodShape.IsUnsupported(method, types, context.CancellationToken) ||
            // While types are being typed the compiler speaks; no body method could match yet.
            HasErrorType(method))
        {
            return;
        }

        var coreName = method.Name + "Core";
        if (containingType.GetMembers(coreName).OfType<IMethodSymbol>().Any(core => CoreSignature.Matches(core, method)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.MissingCore, location, method.Name, coreName, MethodShape.DisplayName(containingType)));
    }

    private static bool HasErrorType(IMethodSymbol method) =>
        method.ReturnType.TypeKind == TypeKind.Error ||
        method.Parameters.Any(parameter => parameter.Type.TypeKind == TypeKind.Error);
}

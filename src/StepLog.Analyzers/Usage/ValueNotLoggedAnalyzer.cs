using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0010: a value marked for the log that the generator leaves out: <c>[Log]</c> on an <c>out</c> parameter (it has no
/// value when the start line is written) or on a ref struct or pointer (a value that cannot be kept), and
/// <c>Result = "key"</c> on a method that returns nothing or a ref struct. Without this rule the value would silently
/// be missing from the line.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValueNotLoggedAnalyzer : DiagnosticAnalyzer
{
    internal const string OutReason = "an out parameter has no value yet when the start line is written; return it, and log it with Result = \"key\"";
    internal const string UnkeepableReason = "a value of a ref struct or pointer type (or of a type parameter that allows ref struct) cannot be kept for the log; pass something derived from it (its Length, say) as a [Log] parameter of its own";
    internal const string NoResultReason = "the method returns no value; remove Result";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ValueNotLogged);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // The declaration counts as generated code once the generator implemented it: see GeneratedCode.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (StepLogTypes.TryCreate(start.Compilation) is { } types)
            {
                start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, types), SymbolKind.Method);
            }
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, StepLogTypes types)
    {
        if (MethodShape.UserDeclaration(context, types) is not { } declaration)
        {
            return;
        }

        var (method, attribute, nameLocation) = ((IMethodSymbol)context.Symbol, declaration.Attribute, declaration.NameLocation);

        foreach (var parameter in method.Parameters)
        {
            if (!parameter.GetAttributes().Any(types.IsLog) || parameter.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
            {
                continue;
            }

            var reason = parameter.RefKind == RefKind.Out ? OutReason : UnkeepableTypes.MayBe(parameter.Type) ? UnkeepableReason : null;
            if (reason is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ValueNotLogged, location, $"[Log] parameter '{parameter.Name}'", method.Name, reason));
            }
        }

        var resultKey = AttributeNames.NamedString(attribute, AttributeNames.ResultArgument);
        if (resultKey is { Length: > 0 })
        {
            var reason = ResultType(method) is not { } result ? NoResultReason : UnkeepableTypes.MayBe(result) ? UnkeepableReason : null;
            if (reason is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ValueNotLogged, nameLocation, $"Result \"{resultKey}\"", method.Name, reason));
            }
        }
    }

    /// <summary>What a wrapper's success line can log: T of Task&lt;T&gt;/ValueTask&lt;T&gt;, the return value, or none (the generator's rule).</summary>
    internal static ITypeSymbol? ResultType(IMethodSymbol method) =>
        ReturnShapes.Classify(method) is { } shape ? shape.Result : method.ReturnType; // an async stream is SL0007's
}

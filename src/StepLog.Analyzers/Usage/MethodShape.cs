using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// How the usage analyzers look at an [Operation]/[Step] method. Whether the generator implements it at all
/// (SL0001-SL0007) is decided and reported by the generator, from StepLog.Shared.MethodRules.
/// </summary>
internal static class MethodShape
{
    /// <summary>
    /// The implementing part of a partial method (the generator's output, or one written by hand) shares the declaration's
    /// attributes; the rules look at the declaration only, so that nothing is reported twice or on generated code.
    /// </summary>
    public static bool IsImplementationPart(IMethodSymbol method) => method.PartialDefinitionPart is not null;

    /// <summary>
    /// The [Operation]/[Step] attribute and the name's location of the method <paramref name="context"/> is about, when it
    /// is a declaration the user wrote; null for an implementing part, a method without either attribute, or one in
    /// generated code. The rules on the values a method logs judge these declarations only.
    /// </summary>
    public static (AttributeData Attribute, Location NameLocation)? UserDeclaration(SymbolAnalysisContext context, StepLogTypes types)
    {
        var method = (IMethodSymbol)context.Symbol;
        return !IsImplementationPart(method) && types.FindStepLogAttribute(method) is { } attribute &&
               NameLocation(method) is { } nameLocation &&
               GeneratedCode.IsUserWritten(nameLocation, context.Options, context.CancellationToken)
            ? (attribute, nameLocation)
            : null;
    }

    /// <summary>Where to report a rule about the method as a whole: the method's name.</summary>
    public static Location? NameLocation(ISymbol method) => method.Locations.FirstOrDefault(l => l.IsInSource);

    /// <summary>The type's name as the user wrote it, e.g. <c>Repository&lt;T&gt;</c>.</summary>
    public static string DisplayName(INamedTypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}

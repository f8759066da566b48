using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// What the generator needs of an [Operation]/[Step] method, asked the same way by every usage analyzer, so that
/// one fault is reported by one rule: SL0003 stays quiet about a method that SL0001 or SL0007 already rejects.
/// </summary>
internal static class MethodShape
{
    /// <summary>A partial method declaration without a body: what the generator implements.</summary>
    public static bool IsPartialDeclarationWithoutBody(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && method.IsPartialDefinition;

    /// <summary>
    /// The implementing part of a partial method (the generator's output, or one written by hand) shares the declaration's
    /// attributes; the rules look at the declaration only, so that nothing is reported twice or on generated code.
    /// </summary>
    public static bool IsImplementationPart(IMethodSymbol method) => method.PartialDefinitionPart is not null;

    /// <summary>Where to report a rule about the method as a whole: the method's name.</summary>
    public static Location? NameLocation(ISymbol method) => method.Locations.FirstOrDefault(l => l.IsInSource);

    /// <summary>The shapes the generator skips (SL0007): a location and the reason, which says what to do.</summary>
    public static IEnumerable<(Location Location, string Reason)> UnsupportedParts(
        IMethodSymbol method, StepLogTypes types, CancellationToken cancellationToken)
    {
        var nameLocation = NameLocation(method);
        if (nameLocation is null)
        {
            yield break;
        }

        if (method.ContainingType is { TypeKind: TypeKind.Interface } iface)
        {
            yield return (nameLocation,
                $"it is declared in interface '{iface.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'; declare it in a class, struct or record (which may implement the interface)");
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            var kind = method.ReturnsByRefReadonly ? "ref readonly" : "ref";
            yield return (ReturnTypeLocation(method, cancellationToken) ?? nameLocation,
                $"it returns by reference ('{kind}' return), which a logging wrapper cannot pass through; return the value instead");
        }

        if (method.ReturnType is INamedTypeSymbol { IsGenericType: true } returnType &&
            (SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, types.AsyncEnumerable) ||
             SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, types.AsyncEnumerator)))
        {
            yield return (ReturnTypeLocation(method, cancellationToken) ?? nameLocation,
                $"its return type '{returnType.Name}<T>' produces items after the call returns, so the step cannot be timed; return a Task of a collection instead, or log the loop with StepLogger");
        }
    }

    public static bool IsUnsupported(IMethodSymbol method, StepLogTypes types, CancellationToken cancellationToken) =>
        UnsupportedParts(method, types, cancellationToken).Any();

    private static Location? ReturnTypeLocation(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration)
            {
                return declaration.ReturnType.GetLocation();
            }
        }

        return null;
    }

    /// <summary>The type's name as the user wrote it, e.g. <c>Repository&lt;T&gt;</c>.</summary>
    public static string DisplayName(INamedTypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}

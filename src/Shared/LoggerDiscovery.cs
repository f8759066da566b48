using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Shared;

/// <summary>
/// Finds the logger a wrapper writes to, first match wins: an ILogger parameter of the method; a field or property of
/// the type or a base type (static ones for a static method); a primary-constructor parameter (instance methods);
/// else none, and the type's generated default logger is used. The generator writes what this finds; SL0009 explains
/// why it found nothing when the type has a logger.
/// </summary>
internal static class LoggerDiscovery
{
    /// <summary>The static field the generator adds for methods without a logger of their own; never a user's logger.</summary>
    public const string DefaultLoggerField = "__stepLogDefaultLogger";

    /// <summary>The parameter, field, property or primary-constructor parameter that holds the logger; null for the default logger.</summary>
    public static ISymbol? Find(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.Out && IsUsable(parameter.Type))
            {
                return parameter;
            }
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            var own = SymbolEqualityComparer.Default.Equals(type, method.ContainingType);
            foreach (var member in type.GetMembers())
            {
                if (!member.CanBeReferencedByName
                    || member.Name == DefaultLoggerField
                    || (method.IsStatic && !member.IsStatic)
                    || (!own && member.DeclaredAccessibility == Accessibility.Private))
                {
                    continue;
                }

                var memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                    _ => null,
                };
                if (memberType is not null && IsUsable(memberType))
                {
                    return member;
                }
            }
        }

        return method.IsStatic || method.ContainingType is null ? null : FindPrimaryConstructorParameter(method.ContainingType);
    }

    /// <summary>
    /// A primary-constructor parameter that feeds a field, property or base constructor is not captured as well (the
    /// compiler would warn, CS9124/CS9107): such a type gets the default logger, and SL0009 says so.
    /// </summary>
    private static IParameterSymbol? FindPrimaryConstructorParameter(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            // A primary constructor is declared by the type declaration itself; a record's parameters are properties, found above.
            if (type.IsRecord || constructor.DeclaringSyntaxReferences.Length == 0 || constructor.DeclaringSyntaxReferences[0].GetSyntax() is not TypeDeclarationSyntax)
            {
                continue;
            }

            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.RefKind == RefKind.None && IsUsable(parameter.Type) && !PrimaryConstructorCapture.FeedsState(type, parameter.Name))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    /// <summary>A logger the wrapper can rely on: not declared nullable.</summary>
    private static bool IsUsable(ITypeSymbol type) =>
        type.NullableAnnotation != NullableAnnotation.Annotated && KnownTypes.IsLogger(type);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Generators.Models;
using StepLog.Shared;

namespace StepLog.Generators.Parsing;

/// <summary>
/// Finds the logger a wrapper writes to, first match wins: an ILogger parameter of the method; a field or property of
/// the type (static ones for a static method); a primary-constructor parameter (instance methods); else none, and the
/// type's generated default logger is used.
/// </summary>
internal static class LoggerFinder
{
    /// <summary>
    /// The expression that reads the logger, or null for the default logger, and the primary-constructor parameter it
    /// reads through a generated property, if any. Members are qualified (<c>this.</c>, the type's global:: name) so
    /// that a parameter of the wrapped method with the same name cannot capture the expression.
    /// </summary>
    public static (string? Expression, CapturedLogger? Captured) Find(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.Out && IsUsableLogger(parameter.Type))
            {
                return (SymbolNames.Escape(parameter.Name), null);
            }
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            var own = SymbolEqualityComparer.Default.Equals(type, method.ContainingType);
            foreach (var member in type.GetMembers())
            {
                if (!member.CanBeReferencedByName
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
                if (memberType is not null && IsUsableLogger(memberType))
                {
                    var receiver = member.IsStatic ? SymbolNames.Type(member.ContainingType) : "this";
                    return (receiver + "." + SymbolNames.Escape(member.Name), null);
                }
            }
        }

        return !method.IsStatic && FindPrimaryConstructorParameter(method.ContainingType) is { } captured
            ? ("this." + CapturedLogger.PropertyName, captured)
            : (null, null);
    }

    /// <summary>
    /// A primary-constructor parameter that feeds a field, property or base constructor is not captured as well (the
    /// compiler would warn, CS9124/CS9107): such a type gets the default logger, and SL0009 says so.
    /// </summary>
    private static CapturedLogger? FindPrimaryConstructorParameter(INamedTypeSymbol type)
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
                if (parameter.RefKind == RefKind.None && IsUsableLogger(parameter.Type) && !PrimaryConstructorCapture.FeedsState(type, parameter.Name))
                {
                    return new CapturedLogger(SymbolNames.Type(parameter.Type), SymbolNames.Escape(parameter.Name));
                }
            }
        }

        return null;
    }

    private static bool IsUsableLogger(ITypeSymbol type)
    {
        if (type.NullableAnnotation == NullableAnnotation.Annotated || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (IsLoggerInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsLoggerInterface(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoggerInterface(ITypeSymbol type) =>
        SymbolNames.Is(type, "Microsoft.Extensions.Logging", "ILogger") || SymbolNames.Is(type, "Microsoft.Extensions.Logging", "ILogger`1");
}

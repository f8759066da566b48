using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Generators.Models;

namespace StepLog.Generators.Parsing;

/// <summary>Reads the type (and its containing types) that a generated file re-declares.</summary>
internal static class TypeTargetParser
{
    /// <summary>The target, or null when a type of the chain cannot be extended (not partial, interface, file-local).</summary>
    public static TypeTarget? Parse(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!CanExtend(current))
            {
                return null;
            }

            chain.Add(current);
        }

        chain.Reverse();
        var ns = type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        var hintName = (ns.Length == 0 ? string.Empty : ns + ".") + string.Join(".", chain.Select(t => t.MetadataName)) + ".StepLog.g.cs";
        return new TypeTarget(
            hintName,
            ns,
            EquatableArray.From(chain.Select(Declaration)),
            type.ToDisplayString(SymbolNames.CategoryFormat));
    }

    private static bool CanExtend(INamedTypeSymbol type)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsFileLocal || type.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static string Declaration(INamedTypeSymbol type)
    {
        var modifiers = type.IsStatic ? "static " : string.Empty;
        if (type.TypeKind == TypeKind.Struct)
        {
            modifiers += (type.IsReadOnly ? "readonly " : string.Empty) + (type.IsRefLikeType ? "ref " : string.Empty);
        }

        var keyword = type.IsRecord
            ? type.TypeKind == TypeKind.Struct ? "record struct" : "record"
            : type.TypeKind == TypeKind.Struct ? "struct" : "class";
        var typeParameters = type.TypeParameters.Length == 0
            ? string.Empty
            : "<" + string.Join(", ", type.TypeParameters.Select(p => SymbolNames.Escape(p.Name))) + ">";
        return $"{modifiers}partial {keyword} {SymbolNames.Escape(type.Name)}{typeParameters}";
    }
}

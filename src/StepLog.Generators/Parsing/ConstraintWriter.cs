using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Generators.Parsing;

/// <summary>Writes a generic method's constraint clauses, which a partial method's implementation must repeat.</summary>
internal static class ConstraintWriter
{
    public static string? Clause(ITypeParameterSymbol parameter)
    {
        var parts = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            parts.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            parts.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            parts.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (parameter.HasNotNullConstraint)
        {
            parts.Add("notnull");
        }

        for (var i = 0; i < parameter.ConstraintTypes.Length; i++)
        {
            var type = parameter.ConstraintTypes[i];
            if (type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            parts.Add(SymbolNames.Type(type.WithNullableAnnotation(parameter.ConstraintNullableAnnotations[i])));
        }

        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
        {
            parts.Add("new()");
        }

        parts.AddRange(AllowsClauses(parameter));
        return parts.Count == 0 ? string.Empty : $"where {SymbolNames.Escape(parameter.Name)} : {string.Join(", ", parts)}";
    }

    /// <summary>Whether a type argument of <paramref name="parameter"/> may be a ref struct (<c>allows ref struct</c>).</summary>
    public static bool AllowsRefStruct(ITypeParameterSymbol parameter)
    {
        foreach (var clause in AllowsClauses(parameter))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// The <c>allows …</c> clauses (C# 13 <c>allows ref struct</c>), copied as written: the Roslyn the generator is
    /// built on (4.8) has no symbol API for them, and an implementation that drops one does not compile (CS0761).
    /// They come last in a clause, as the language requires.
    /// </summary>
    private static IEnumerable<string> AllowsClauses(ITypeParameterSymbol parameter)
    {
        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            var clauses = reference.GetSyntax() switch
            {
                TypeParameterSyntax { Parent.Parent: MethodDeclarationSyntax method } => method.ConstraintClauses,
                TypeParameterSyntax { Parent.Parent: TypeDeclarationSyntax type } => type.ConstraintClauses,
                _ => default,
            };
            foreach (var clause in clauses)
            {
                if (clause.Name.Identifier.ValueText != parameter.Name)
                {
                    continue;
                }

                foreach (var constraint in clause.Constraints)
                {
                    if (constraint.GetFirstToken().ValueText == "allows")
                    {
                        yield return constraint.NormalizeWhitespace().ToString();
                    }
                }
            }
        }
    }
}

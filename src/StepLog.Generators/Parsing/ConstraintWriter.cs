using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Shared;

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

        parts.AddRange(AllowsClauses.Of(parameter));
        return parts.Count == 0 ? string.Empty : $"where {SymbolNames.Escape(parameter.Name)} : {string.Join(", ", parts)}";
    }
}

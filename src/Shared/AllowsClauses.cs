using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Shared;

/// <summary>A type parameter's <c>allows</c> clauses, read from syntax (the generator's Roslyn has no symbol API for them).</summary>
internal static class AllowsClauses
{
    /// <summary>Whether a type argument of <paramref name="parameter"/> may be a ref struct (<c>allows ref struct</c>).</summary>
    public static bool AllowsRefStruct(ITypeParameterSymbol parameter)
    {
        foreach (var clause in Of(parameter))
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
    public static IEnumerable<string> Of(ITypeParameterSymbol parameter)
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

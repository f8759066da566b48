using Microsoft.CodeAnalysis;
using StepLog.Shared;

namespace StepLog.Generators.Parsing;

/// <summary>Finds the [Subject] parameter of an operation: the one whose value says what its step records are about.</summary>
internal static class SubjectFinder
{
    /// <summary>
    /// The escaped name of the first [Subject] parameter whose value can be read before the call; null when there is
    /// none. An out parameter has no value yet and a ref struct cannot be turned into text by generic code, so neither
    /// is taken.
    /// </summary>
    public static string? Find(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (AttributeNames.Find(parameter, AttributeNames.Subject) is null)
            {
                continue;
            }

            if (parameter.RefKind == RefKind.Out || parameter.Type.IsRefLikeType || parameter.Type.TypeKind == TypeKind.Pointer)
            {
                return null;
            }

            return SymbolNames.Escape(parameter.Name);
        }

        return null;
    }
}

using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>
/// Finds the body of an [Operation]/[Step] method X: a method XCore of the same type that the generated X can call with
/// its own arguments (same types and ref kinds), whose result it can return (same return type), with as many type
/// parameters (passed on) and the same static-ness. Tuple element names may differ: the call compiles either way.
/// </summary>
internal static class CoreMethod
{
    /// <summary>The name of X's body method.</summary>
    public static string NameOf(IMethodSymbol method) => method.Name + "Core";

    /// <summary>The matching XCore, or null when the type has none.</summary>
    public static IMethodSymbol? Find(IMethodSymbol method)
    {
        foreach (var member in method.ContainingType.GetMembers(NameOf(method)))
        {
            if (member is IMethodSymbol core && Matches(core, method))
            {
                return core;
            }
        }

        return null;
    }

    public static bool Matches(IMethodSymbol core, IMethodSymbol method)
    {
        if (core.MethodKind != MethodKind.Ordinary ||
            core.IsStatic != method.IsStatic ||
            core.Arity != method.Arity ||
            core.Parameters.Length != method.Parameters.Length ||
            core.ReturnsByRef != method.ReturnsByRef ||
            core.ReturnsByRefReadonly != method.ReturnsByRefReadonly)
        {
            return false;
        }

        // Compare generic bodies as the wrapper calls them: XCore<T1..Tn> with the wrapper's own type parameters.
        var called = core.Arity == 0 ? core : core.Construct([.. method.TypeParameters]);
        if (!TypesMatch(called.ReturnType, method.ReturnType))
        {
            return false;
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (called.Parameters[i].RefKind != method.Parameters[i].RefKind ||
                !TypesMatch(called.Parameters[i].Type, method.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Equal types, where tuples compare by their element types only (names are not part of the type).</summary>
    private static bool TypesMatch(ITypeSymbol? left, ITypeSymbol? right)
    {
        if (SymbolEqualityComparer.Default.Equals(left, right))
        {
            return true;
        }

        switch (left, right)
        {
            case (IArrayTypeSymbol leftArray, IArrayTypeSymbol rightArray):
                return leftArray.Rank == rightArray.Rank && TypesMatch(leftArray.ElementType, rightArray.ElementType);
            case (INamedTypeSymbol leftNamed, INamedTypeSymbol rightNamed):
                leftNamed = leftNamed.TupleUnderlyingType ?? leftNamed;
                rightNamed = rightNamed.TupleUnderlyingType ?? rightNamed;
                if (!SymbolEqualityComparer.Default.Equals(leftNamed.OriginalDefinition, rightNamed.OriginalDefinition) ||
                    leftNamed.TypeArguments.Length != rightNamed.TypeArguments.Length)
                {
                    return false;
                }

                for (var i = 0; i < leftNamed.TypeArguments.Length; i++)
                {
                    if (!TypesMatch(leftNamed.TypeArguments[i], rightNamed.TypeArguments[i]))
                    {
                        return false;
                    }
                }

                return leftNamed.ContainingType is null || TypesMatch(leftNamed.ContainingType, rightNamed.ContainingType);
            default:
                return false;
        }
    }
}

using Microsoft.CodeAnalysis;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// Whether a method can serve as the body of an [Operation]/[Step] method: the generated wrapper calls it with its own
/// arguments (same types and ref kinds), returns its result (same return type) and passes its type parameters on.
/// Tuple element names may differ: the call compiles either way.
/// </summary>
internal static class CoreSignature
{
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

using System;
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

    /// <summary>What SL0003 tells the user to do: rename the near miss when there is one, else add XCore to the type.</summary>
    public static string MissingAdvice(IMethodSymbol method, string typeDisplayName) =>
        FindNearMiss(method) is { } nearMiss
            ? $"rename '{nearMiss.Name}', which has them, to '{NameOf(method)}'"
            : $"add '{NameOf(method)}' to '{typeDisplayName}'";

    /// <summary>
    /// A method of X's type that would be X's body but for its name: a near name of XCore (X with or without 'Async',
    /// 'Core' before or after 'Async', another case) that <see cref="Matches"/> X, so renaming it is the whole fix.
    /// Never the body of another [Operation]/[Step] method, which the rename would take from it. Null when none.
    /// </summary>
    public static IMethodSymbol? FindNearMiss(IMethodSymbol method)
    {
        var expected = NameOf(method);
        var stem = Stem(method.Name);
        foreach (var member in method.ContainingType.GetMembers())
        {
            if (member is IMethodSymbol candidate &&
                candidate.Name != expected &&
                (EndsWith(candidate.Name, "Core") || EndsWith(candidate.Name, "CoreAsync")) &&
                string.Equals(Stem(candidate.Name), stem, StringComparison.OrdinalIgnoreCase) &&
                Matches(candidate, method) &&
                !IsStepLogMethod(candidate) &&
                !IsBodyOfAnotherStepLogMethod(candidate))
            {
                return candidate;
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

    /// <summary>A name without its 'Core' and 'Async' endings, in either order: the part a body's name shares with X's.</summary>
    private static string Stem(string name)
    {
        while (true)
        {
            if (EndsWith(name, "Core") && name.Length > 4)
            {
                name = name.Substring(0, name.Length - 4);
            }
            else if (EndsWith(name, "Async") && name.Length > 5)
            {
                name = name.Substring(0, name.Length - 5);
            }
            else
            {
                return name;
            }
        }
    }

    private static bool EndsWith(string name, string ending) => name.EndsWith(ending, StringComparison.OrdinalIgnoreCase);

    private static bool IsBodyOfAnotherStepLogMethod(IMethodSymbol body)
    {
        foreach (var member in body.ContainingType.GetMembers())
        {
            if (member is IMethodSymbol owner && NameOf(owner) == body.Name && IsStepLogMethod(owner))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStepLogMethod(IMethodSymbol method) =>
        AttributeNames.Find(method, AttributeNames.Operation) is not null || AttributeNames.Find(method, AttributeNames.Step) is not null;

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

using System.Linq;
using Microsoft.CodeAnalysis;

namespace StepLog.Generators.Parsing;

/// <summary>Finds the body of method X: the method XCore of the same type with the same signature.</summary>
internal static class CoreMatcher
{
    public static bool HasCore(IMethodSymbol method)
    {
        foreach (var member in method.ContainingType.GetMembers(method.Name + "Core"))
        {
            if (member is IMethodSymbol core && Matches(method, core))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(IMethodSymbol method, IMethodSymbol core)
    {
        if (core.IsStatic != method.IsStatic
            || core.TypeParameters.Length != method.TypeParameters.Length
            || core.Parameters.Length != method.Parameters.Length
            || core.ReturnsByRef || core.ReturnsByRefReadonly)
        {
            return false;
        }

        // Compare in terms of the method's own type parameters: Core<T> and X<T> have distinct T symbols.
        var constructed = core.TypeParameters.Length == 0 ? core : core.Construct(method.TypeParameters.Cast<ITypeSymbol>().ToArray());
        if (!SymbolEqualityComparer.Default.Equals(constructed.ReturnType, method.ReturnType))
        {
            return false;
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var expected = method.Parameters[i];
            var actual = constructed.Parameters[i];
            if (expected.RefKind != actual.RefKind || !SymbolEqualityComparer.Default.Equals(expected.Type, actual.Type))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// Finds the <c>StepLogger</c> locals of an operation block that are safe to analyse. A local that escapes — stored,
/// passed, returned, reassigned, captured by a lambda or local function, taken by ref — is left out: the rules would
/// guess what other code does with it, and no warning is better than a wrong one.
/// </summary>
internal static class TrackedLoggerCollector
{
    public static Dictionary<ILocalSymbol, TrackedLogger>? Collect(IOperation block, StepLoggerApi api)
    {
        Dictionary<ILocalSymbol, (IVariableDeclaratorOperation Declarator, IObjectCreationOperation Creation)>? created = null;
        List<ILocalReferenceOperation>? references = null;
        foreach (var operation in block.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when api.IsLoggerType(declarator.Symbol.Type):
                    if (StepLoggerApi.Unwrap(declarator.Initializer?.Value) is IObjectCreationOperation creation &&
                        api.IsLoggerType(creation.Type) && !declarator.Symbol.IsRef)
                    {
                        created ??= new Dictionary<ILocalSymbol, (IVariableDeclaratorOperation, IObjectCreationOperation)>(SymbolEqualityComparer.Default);
                        created[declarator.Symbol] = (declarator, creation);
                    }

                    break;
                case ILocalReferenceOperation reference when api.IsLoggerType(reference.Local.Type):
                    (references ??= new List<ILocalReferenceOperation>()).Add(reference);
                    break;
            }
        }

        if (created is null)
        {
            return null;
        }

        var escaped = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (references is not null)
        {
            foreach (var reference in references)
            {
                if (created.TryGetValue(reference.Local, out var origin) &&
                    (!IsPlainUse(reference) || !ReferenceEquals(OwningFunction(reference), OwningFunction(origin.Declarator))))
                {
                    escaped.Add(reference.Local);
                }
            }
        }

        var tracked = new Dictionary<ILocalSymbol, TrackedLogger>(SymbolEqualityComparer.Default);
        foreach (var pair in created)
        {
            if (escaped.Contains(pair.Key))
            {
                continue;
            }

            var total = StepLoggerApi.ConstantArgument(pair.Value.Creation.Arguments, "totalSteps") is int n && n > 0 ? n : 0;
            tracked.Add(pair.Key, new TrackedLogger(pair.Key, IsUsingDeclared(pair.Value.Declarator), total));
        }

        return tracked.Count == 0 ? null : tracked;
    }

    /// <summary>A call or property read on the logger itself: the only uses the analysis understands.</summary>
    private static bool IsPlainUse(ILocalReferenceOperation reference)
    {
        var parent = reference.Parent;
        while (parent is IConversionOperation { IsImplicit: true } conversion)
        {
            parent = conversion.Parent;
        }

        // An argument is wrapped in IArgumentOperation, so a reference whose parent is the call is its receiver.
        return parent is IInvocationOperation { Instance: not null } or IPropertyReferenceOperation { Instance: not null };
    }

    /// <summary>The lambda or local function whose body holds <paramref name="operation"/>; null for the block itself.</summary>
    private static IOperation? OwningFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsUsingDeclared(IVariableDeclaratorOperation declarator)
    {
        var group = declarator.Parent?.Parent;
        return group?.Parent switch
        {
            IUsingDeclarationOperation => true,
            IUsingOperation usingOperation => ReferenceEquals(usingOperation.Resources, group),
            _ => false,
        };
    }
}

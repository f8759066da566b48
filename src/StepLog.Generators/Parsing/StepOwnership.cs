using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace StepLog.Generators.Parsing;

/// <summary>
/// Decides which operation a step belongs to and how many steps (N) an operation has. One [Operation] in a type owns
/// all its steps; with several, each step names its owner (Operation = nameof(...)); with none, the steps form an
/// operation named after the type.
/// </summary>
internal sealed class StepOwnership
{
    private readonly List<(IMethodSymbol Method, string Name)> _operations = new();
    private readonly List<string?> _stepOwners = new();
    private readonly string _typeName;

    private StepOwnership(INamedTypeSymbol type)
    {
        _typeName = type.Name;
        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            if (AttributeNames.Find(method, AttributeNames.Operation) is { } operation)
            {
                var name = operation.ConstructorArguments.Length == 1 && operation.ConstructorArguments[0].Value is string text ? text : string.Empty;
                _operations.Add((method, name));
            }
            else if (AttributeNames.Find(method, AttributeNames.Step) is { } step)
            {
                _stepOwners.Add(AttributeNames.NamedString(step, "Operation"));
            }
        }
    }

    public static StepOwnership Of(INamedTypeSymbol type) => new(type);

    /// <summary>The number of steps an operation owns.</summary>
    public int TotalStepsOf(IMethodSymbol operation)
    {
        var count = 0;
        foreach (var owner in _stepOwners)
        {
            if (OwnerMethodOf(owner) is { } method && SymbolEqualityComparer.Default.Equals(method, operation))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The operation name and N of a step; null when its owner is ambiguous or unknown (the analyzer reports it).</summary>
    public (string OperationName, int TotalSteps)? OwnerOfStep(string? declaredOwner)
    {
        if (_operations.Count == 0)
        {
            return declaredOwner is null ? (_typeName, _stepOwners.Count) : null;
        }

        if (OwnerMethodOf(declaredOwner) is not { } method)
        {
            return null;
        }

        foreach (var (operation, name) in _operations)
        {
            if (SymbolEqualityComparer.Default.Equals(operation, method))
            {
                return name.Length == 0 ? null : (name, TotalStepsOf(method));
            }
        }

        return null;
    }

    private IMethodSymbol? OwnerMethodOf(string? declaredOwner)
    {
        if (declaredOwner is null)
        {
            return _operations.Count == 1 ? _operations[0].Method : null;
        }

        IMethodSymbol? found = null;
        foreach (var (operation, _) in _operations)
        {
            if (operation.Name == declaredOwner)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
        }

        return found;
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Shared;

/// <summary>
/// Which operation each step of a type belongs to, and so N of every operation. One [Operation] in a type owns all its
/// steps; with several, each step names its owner (Operation = nameof(...)); with none, the steps form one operation
/// named after the type. Only ordinary methods take part: an operator or accessor with the attribute is SL0001's.
/// </summary>
internal sealed class StepOwnership
{
    private readonly List<OwnedOperation> _operations = new();
    private readonly List<OwnedStep> _steps = new();

    private StepOwnership(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        TypeName = type.Name;
        foreach (var member in SourceOrdered(type))
        {
            if (AttributeNames.Find(member, AttributeNames.Operation) is { } operation)
            {
                var name = operation.ConstructorArguments.Length == 1 && operation.ConstructorArguments[0].Value is string text ? text : string.Empty;
                _operations.Add(new OwnedOperation(member, name));
            }
            else if (AttributeNames.Find(member, AttributeNames.Step) is { } step)
            {
                _steps.Add(new OwnedStep(member, step));
            }
        }

        Implicit = _operations.Count == 0 ? new OwnedOperation(null, TypeName) : null;
        foreach (var step in _steps)
        {
            Assign(step, cancellationToken);
        }
    }

    /// <summary>The type's name: the name of its implicit operation.</summary>
    public string TypeName { get; }

    /// <summary>The operation the type's steps form when it has no [Operation]; else null.</summary>
    public OwnedOperation? Implicit { get; }

    /// <summary>The [Operation] methods, in source order.</summary>
    public IReadOnlyList<OwnedOperation> Operations => _operations;

    /// <summary>The [Step] methods, in source order.</summary>
    public IReadOnlyList<OwnedStep> Steps => _steps;

    public static StepOwnership Of(INamedTypeSymbol type, CancellationToken cancellationToken) => new(type, cancellationToken);

    public OwnedOperation? OperationOf(IMethodSymbol method) =>
        _operations.FirstOrDefault(o => SymbolEqualityComparer.Default.Equals(o.Method, method));

    public OwnedStep? StepOf(IMethodSymbol method) =>
        _steps.FirstOrDefault(s => SymbolEqualityComparer.Default.Equals(s.Method, method));

    /// <summary>The steps of an operation (or of the implicit one), in source order.</summary>
    public IReadOnlyList<OwnedStep> StepsOf(OwnedOperation operation) => _steps.Where(s => s.Owner == operation).ToList();

    /// <summary>
    /// SL0004: the earlier step of the same operation that has this step's number; null when there is none (or when the
    /// step's owner or number is not known).
    /// </summary>
    public OwnedStep? EarlierWithSameNumber(OwnedStep step)
    {
        if (step.Owner is null || step.Number is not { } number)
        {
            return null;
        }

        foreach (var other in _steps)
        {
            if (other == step)
            {
                return null;
            }

            if (other.Owner == step.Owner && other.Number == number)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// SL0005: the numbers of an operation's steps, sorted, when their distinct values are not 1..k; else null. Repeated
    /// numbers alone are SL0004's, not reported twice; a number not yet a constant keeps the rule quiet.
    /// </summary>
    public IReadOnlyList<int>? MisnumberedSteps(OwnedOperation operation)
    {
        var steps = StepsOf(operation);
        if (steps.Count == 0 || steps.Any(s => s.Number is null))
        {
            return null;
        }

        var numbers = steps.Select(s => s.Number!.Value).OrderBy(n => n).ToList();
        var distinct = numbers.Distinct().ToList();
        return distinct.Select((number, index) => number == index + 1).All(ok => ok) ? null : numbers;
    }

    /// <summary>The name the operation's lines carry: its [Operation] name, the method's name while that is empty, the type's for the implicit one.</summary>
    public static string LoggedName(OwnedOperation operation) =>
        operation.Name.Length > 0 ? operation.Name : operation.Method?.Name ?? string.Empty;

    private void Assign(OwnedStep step, CancellationToken cancellationToken)
    {
        var syntax = step.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        step.AttributeLocation = syntax?.GetLocation();
        var argument = syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Operation");
        var named = AttributeNames.Named(step.Attribute, "Operation");
        if (argument is not null && (named is null || named.Value.Kind == TypedConstantKind.Error || named.Value.Value is not string))
        {
            // Written but not bound (not a constant, being typed): the compiler reports it.
            step.Problem = OwnerProblem.Unbound;
            return;
        }

        if (named?.Value is string wanted)
        {
            var matches = _operations.Where(o => o.Method!.Name == wanted).ToList();
            if (matches.Count == 1)
            {
                step.Owner = matches[0];
                return;
            }

            step.Problem = matches.Count == 0 ? OwnerProblem.UnknownName : OwnerProblem.Ambiguous;
            step.ProblemLocation = argument?.GetLocation() ?? step.AttributeLocation;
            step.WantedOwner = wanted;
            return;
        }

        if (Implicit is not null)
        {
            step.Owner = Implicit;
        }
        else if (_operations.Count == 1)
        {
            step.Owner = _operations[0];
        }
        else
        {
            step.Problem = OwnerProblem.Ambiguous;
            step.ProblemLocation = step.AttributeLocation;
        }
    }

    /// <summary>Ordinary methods of the type, ordered as written (file, then position), so that "the later step" means what it says.</summary>
    private static IEnumerable<IMethodSymbol> SourceOrdered(INamedTypeSymbol type) =>
        type.GetMembers()
            .OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && !m.IsImplicitlyDeclared && m.PartialDefinitionPart is null)
            .OrderBy(m => m.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(m => m.Locations.FirstOrDefault(l => l.IsInSource)?.SourceSpan.Start ?? 0);
}

/// <summary>An operation: an [Operation] method, or the implicit operation of a type with steps and no [Operation].</summary>
/// <param name="method">The [Operation] method; null for the implicit operation.</param>
/// <param name="name">Its [Operation] name (empty when missing); the type's name for the implicit operation.</param>
internal sealed class OwnedOperation(IMethodSymbol? method, string name)
{
    public IMethodSymbol? Method { get; } = method;

    public string Name { get; } = name;
}

/// <summary>A [Step] method and what its attribute says.</summary>
internal sealed class OwnedStep(IMethodSymbol method, AttributeData attribute)
{
    public IMethodSymbol Method { get; } = method;

    public AttributeData Attribute { get; } = attribute;

    /// <summary>Its number; null while it is not a constant.</summary>
    public int? Number { get; } =
        attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is int number ? number : null;

    public OwnedOperation? Owner { get; set; }

    public OwnerProblem Problem { get; set; }

    /// <summary>The operation name the step gives, when it names one that does not resolve.</summary>
    public string? WantedOwner { get; set; }

    public Location? AttributeLocation { get; set; }

    /// <summary>Where to report an owner problem: the Operation argument, or the attribute.</summary>
    public Location? ProblemLocation { get; set; }
}

/// <summary>Why a step has no owner.</summary>
internal enum OwnerProblem
{
    /// <summary>It has one.</summary>
    None,

    /// <summary>Its Operation argument is not a constant yet; the compiler reports it.</summary>
    Unbound,

    /// <summary>It names no [Operation] method of its type (SL0006).</summary>
    UnknownName,

    /// <summary>Several operations could own it (SL0006).</summary>
    Ambiguous,
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>What the rules found on one method, and what the generator may write for it.</summary>
internal sealed class MethodVerdict
{
    private readonly List<RuleFinding> _findings = new();

    public IReadOnlyList<RuleFinding> Findings => _findings;

    /// <summary>What the generator writes for the method.</summary>
    public Implementation Implementation { get; private set; } = Implementation.Logged;

    /// <summary>The matching XCore, when there is one.</summary>
    public IMethodSymbol? Core { get; set; }

    /// <summary>The type's steps and operations, when the rules got as far as reading them.</summary>
    public StepOwnership? Ownership { get; set; }

    /// <summary>The parameter whose value is the subject of an operation's records; null when it has none.</summary>
    public IParameterSymbol? Subject { get; set; }

    /// <summary>The method as a step of <see cref="Ownership"/>, for a step whose owner is known.</summary>
    public OwnedStep? Step { get; set; }

    /// <summary>The body the generator writes: the logging wrapper, a bare call of XCore, or a stub that throws.</summary>
    public Implementation Body =>
        Implementation == Implementation.None ? Implementation.None
        : Core is null ? Implementation.Stub
        : Implementation;

    public void Add(DiagnosticDescriptor descriptor, Location location, params string[] arguments) =>
        _findings.Add(new RuleFinding(descriptor, location, arguments));

    /// <summary>The method gets a body, but not the logging one: it calls XCore (or throws, with no XCore).</summary>
    public void StopLogging()
    {
        if (Implementation == Implementation.Logged)
        {
            Implementation = Implementation.CallCore;
        }
    }

    /// <summary>No body can be written (or the method has one).</summary>
    public MethodVerdict Nothing()
    {
        Implementation = Implementation.None;
        return this;
    }
}

/// <summary>What the generator writes for a method.</summary>
internal enum Implementation
{
    /// <summary>The logging wrapper around XCore.</summary>
    Logged,

    /// <summary>A bare call of XCore: the method works, unlogged, while a reported error says what to fix.</summary>
    CallCore,

    /// <summary>A body that throws: there is no XCore to call; a reported error says what to add.</summary>
    Stub,

    /// <summary>Nothing: the method has a body, is no partial method, or its type cannot get a generated part.</summary>
    None,
}

/// <summary>One diagnostic found by <see cref="MethodRules"/>.</summary>
internal sealed class RuleFinding(DiagnosticDescriptor descriptor, Location location, string[] arguments)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public Location Location { get; } = location;

    public string[] Arguments { get; } = arguments;
}

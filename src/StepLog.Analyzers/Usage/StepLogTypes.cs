using Microsoft.CodeAnalysis;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// The StepLog attribute types of one compilation, resolved once at compilation start. A compilation that does not
/// reference StepLog has none, and the usage analyzers then register nothing.
/// </summary>
internal sealed class StepLogTypes
{
    private StepLogTypes(INamedTypeSymbol operation, INamedTypeSymbol? step, INamedTypeSymbol? log, Compilation compilation)
    {
        Operation = operation;
        Step = step;
        Log = log;
        AsyncEnumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        AsyncEnumerator = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerator`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
    }

    public INamedTypeSymbol Operation { get; }

    public INamedTypeSymbol? Step { get; }

    public INamedTypeSymbol? Log { get; }

    public INamedTypeSymbol? AsyncEnumerable { get; }

    public INamedTypeSymbol? AsyncEnumerator { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    /// <summary>The types, or null when the compilation has no <c>StepLog.OperationAttribute</c>.</summary>
    public static StepLogTypes? TryCreate(Compilation compilation)
    {
        var operation = compilation.GetTypeByMetadataName(AttributeNames.Operation);
        return operation is null
            ? null
            : new StepLogTypes(
                operation,
                compilation.GetTypeByMetadataName(AttributeNames.Step),
                compilation.GetTypeByMetadataName(AttributeNames.Log),
                compilation);
    }

    /// <summary>The [Operation] or [Step] attribute of <paramref name="symbol"/>, the first if it has both.</summary>
    public AttributeData? FindStepLogAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsOperationOrStep(attribute.AttributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool IsOperationOrStep(INamedTypeSymbol? attributeClass) =>
        SymbolEqualityComparer.Default.Equals(attributeClass, Operation) ||
        (Step is not null && SymbolEqualityComparer.Default.Equals(attributeClass, Step));

    public bool IsOperation(AttributeData attribute) =>
        SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Operation);

    public bool IsStep(AttributeData attribute) =>
        Step is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Step);

    public bool IsLog(AttributeData attribute) =>
        Log is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Log);

    /// <summary>"Operation" or "Step": the attribute's name as the user writes it.</summary>
    public string ShortName(AttributeData attribute) => IsOperation(attribute) ? "Operation" : "Step";
}

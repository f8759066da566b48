using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// The steps of each operation of a type, as the generator counts them for [n/N]: SL0006 for a step whose operation
/// cannot be told, SL0004 for two steps of one operation with one number, SL0005 for numbers that are not 1..N.
/// A type with steps and no [Operation] forms one implicit operation named after the type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StepNumberingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.DuplicateStepNumber, Descriptors.StepNumberGap, Descriptors.UnknownOperation);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = StepLogTypes.TryCreate(start.Compilation);
            if (types?.Step is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, types), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, StepLogTypes types)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var operations = new List<IMethodSymbol>();
        var steps = new List<(IMethodSymbol Method, AttributeData Attribute)>();
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>().OrderBy(SourceOrder.Key))
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (types.IsOperation(attribute))
                {
                    operations.Add(method);
                }
                else if (types.IsStep(attribute))
                {
                    steps.Add((method, attribute));
                }
            }
        }

        if (steps.Count == 0)
        {
            return;
        }

        // Operation name ("" for the implicit one) -> its steps; a step whose operation is unknown joins none.
        var owned = new Dictionary<string, List<Step>>();
        foreach (var (method, attribute) in steps)
        {
            var owner = FindOwner(context, type, operations, method, attribute);
            if (owner is null)
            {
                continue;
            }

            if (!owned.TryGetValue(owner, out var list))
            {
                owned.Add(owner, list = []);
            }

            list.Add(new Step(method, attribute, StepNumber(attribute)));
        }

        foreach (var pair in owned)
        {
            var operation = operations.FirstOrDefault(o => o.Name == pair.Key);
            var operationName = pair.Key.Length == 0 ? type.Name : pair.Key;
            ReportDuplicates(context, pair.Value, operationName);
            var location = operation is null ? MethodShape.NameLocation(type) : MethodShape.NameLocation(operation);
            ReportGaps(context, pair.Value, operationName, location);
        }
    }

    /// <summary>The name of the step's operation ("" when the type has none), or null when it cannot be told.</summary>
    private static string? FindOwner(
        SymbolAnalysisContext context, INamedTypeSymbol type, List<IMethodSymbol> operations, IMethodSymbol step, AttributeData attribute)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;
        var operationArgument = syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Operation");
        var named = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Operation");
        if (operationArgument is not null && (named.Key is null || named.Value.Kind == TypedConstantKind.Error))
        {
            return null; // written but not bound (not a constant, being typed): the compiler reports it
        }

        if (named.Key is not null && named.Value.Value is string wanted)
        {
            if (operations.Any(o => o.Name == wanted))
            {
                return wanted;
            }

            var why = operations.Count == 0
                ? $"names operation '{wanted}', but '{MethodShape.DisplayName(type)}' has no [Operation] method"
                : $"names operation '{wanted}', which is not an [Operation] method of the type";
            Report(context, Descriptors.UnknownOperation, operationArgument?.GetLocation() ?? syntax?.GetLocation(), step.Name, why, MethodShape.DisplayName(type));
            return null;
        }

        switch (operations.Count)
        {
            case 0:
                return "";
            case 1:
                return operations[0].Name;
            default:
                var names = string.Join(", ", operations.Select(o => $"'{o.Name}'").Distinct());
                Report(context, Descriptors.UnknownOperation, syntax?.GetLocation(), step.Name,
                    $"does not say which of the operations {names} it belongs to", MethodShape.DisplayName(type));
                return null;
        }
    }

    private static void ReportDuplicates(SymbolAnalysisContext context, List<Step> steps, string operationName)
    {
        var first = new Dictionary<int, Step>();
        foreach (var step in steps)
        {
            if (step.Number is not { } number)
            {
                continue;
            }

            if (first.TryGetValue(number, out var earlier))
            {
                var location = step.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();
                Report(context, Descriptors.DuplicateStepNumber, location, earlier.Method.Name, step.Method.Name, operationName, number);
            }
            else
            {
                first.Add(number, step);
            }
        }
    }

    private static void ReportGaps(SymbolAnalysisContext context, List<Step> steps, string operationName, Location? location)
    {
        if (steps.Any(s => s.Number is null))
        {
            return; // a number still being typed: the count is not known yet
        }

        var numbers = steps.Select(s => s.Number!.Value).OrderBy(n => n).ToList();
        if (numbers.Select((number, index) => number == index + 1).All(ok => ok))
        {
            return;
        }

        Report(context, Descriptors.StepNumberGap, location, operationName, string.Join(", ", numbers), numbers.Count);
    }

    private static int? StepNumber(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is int number ? number : null;

    private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
    {
        if (location is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
        }
    }

    private sealed class Step(IMethodSymbol method, AttributeData attribute, int? number)
    {
        public IMethodSymbol Method { get; } = method;

        public AttributeData Attribute { get; } = attribute;

        public int? Number { get; } = number;
    }
}

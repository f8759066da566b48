using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0011: a key StepLog would log that is one of the fields it writes itself on that line (<c>depth</c>, on a success
/// line <c>status</c> and <c>duration_ms</c>, ...: see <see cref="LineKeyRules"/>) or that another key of the same line
/// already has. On [Operation]/[Step] methods (the keys of the [Log] parameters
/// on the start line; the Result key, or the named elements of a tuple result, on the success line) it is an error:
/// the generator would write the line that way on every call. On the constant keys of a <c>StepLogger</c> call's
/// <c>("key", value)</c> tuples and of <c>StepMetadata.Of</c> (<c>Start</c>, <c>Step</c>, <c>Success</c>,
/// <c>Failure</c>, <c>Skip</c>, <c>Warning</c>, <c>Retry</c>, <c>Complete</c>) it is a warning.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyCollisionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The fields StepLog writes on the line of each StepLogger call that takes values.</summary>
    private static readonly ImmutableDictionary<string, System.Func<string, bool>> LoggerCallLines = new Dictionary<string, System.Func<string, bool>>
    {
        ["Start"] = LineKeys.On(LineKind.OperationStart),
        ["Step"] = LineKeys.On(LineKind.StepStart),
        ["Success"] = LineKeys.On(LineKind.StepSuccess),
        ["Failure"] = LineKeys.On(LineKind.StepFailure),
        ["Skip"] = LineKeys.On(LineKind.StepSkipped),
        ["Warning"] = LineKeys.On(LineKind.StepWarning),
        ["Retry"] = LineKeys.On(LineKind.StepRetry),
        ["Complete"] = LineKeys.On(LineKind.OperationComplete),
    }.ToImmutableDictionary();

    private static readonly System.Func<string, bool> OperationStart = LineKeys.On(LineKind.OperationStart);
    private static readonly System.Func<string, bool> StepStart = LineKeys.On(LineKind.StepStart);
    private static readonly System.Func<string, bool> StepSuccess = LineKeys.On(LineKind.StepSuccess);

    // The wrapper of an [Operation] writes status=success itself on its COMPLETE line.
    private static readonly System.Func<string, bool> GeneratedOperationComplete =
        key => key == "status" || LineKeyRules.IsStepLogField(key, LineKind.OperationComplete);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KeyCollision);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // The declaration counts as generated code once the generator implemented it: see GeneratedCode.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (StepLogTypes.TryCreate(start.Compilation) is { } types)
            {
                start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, types), SymbolKind.Method);
            }

            var logger = start.Compilation.GetTypeByMetadataName("StepLog.StepLogger");
            var metadata = start.Compilation.GetTypeByMetadataName("StepLog.StepMetadata");
            if (logger is not null || metadata is not null)
            {
                start.RegisterOperationAction(operation => AnalyzeCall(operation, logger, metadata), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, StepLogTypes types)
    {
        if (MethodShape.UserDeclaration(context, types) is not { } declaration)
        {
            return;
        }

        var (method, attribute) = ((IMethodSymbol)context.Symbol, declaration.Attribute);

        var isOperation = types.IsOperation(attribute);
        Report(context.ReportDiagnostic, StartKeys(method, types, context.CancellationToken),
            isOperation ? OperationStart : StepStart, DiagnosticSeverity.Error);
        Report(context.ReportDiagnostic, ResultKeys(method, attribute, context.CancellationToken),
            isOperation ? GeneratedOperationComplete : StepSuccess, DiagnosticSeverity.Error);
    }

    /// <summary>The keys of the [Log] parameters that the start line carries (not out parameters nor ref structs: SL0010).</summary>
    private static List<LineKey> StartKeys(IMethodSymbol method, StepLogTypes types, System.Threading.CancellationToken cancellationToken)
    {
        var keys = new List<LineKey>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.Out || UnkeepableTypes.Is(parameter.Type) ||
                parameter.GetAttributes().FirstOrDefault(types.IsLog) is not { } log ||
                parameter.Locations.FirstOrDefault(l => l.IsInSource) is not { } parameterLocation)
            {
                continue;
            }

            var given = LogKeys.GivenKey(log);
            var location = given is { Length: > 0 } && ArgumentLocation(log.ApplicationSyntaxReference, name: null, cancellationToken) is { } argument
                ? argument
                : parameterLocation;
            keys.Add(new LineKey(LogKeys.ForParameter(parameter.Name, given), location, $"[Log] parameter '{parameter.Name}'"));
        }

        return keys;
    }

    /// <summary>The keys of the success line: the named elements of a tuple result, else the Result key.</summary>
    private static List<LineKey> ResultKeys(IMethodSymbol method, AttributeData attribute, System.Threading.CancellationToken cancellationToken)
    {
        var keys = new List<LineKey>();
        if (ValueNotLoggedAnalyzer.ResultType(method) is not { } result || UnkeepableTypes.Is(result))
        {
            return keys;
        }

        if (result is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            foreach (var element in tuple.TupleElements)
            {
                if (element.IsExplicitlyNamedTupleElement && element.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
                {
                    keys.Add(new LineKey(LogKeys.SnakeCase(element.Name), location, $"result element '{element.Name}'"));
                }
            }

            if (keys.Count > 0)
            {
                return keys;
            }
        }

        var resultKey = AttributeNames.NamedString(attribute, AttributeNames.ResultArgument);
        if (resultKey is { Length: > 0 } &&
            ArgumentLocation(attribute.ApplicationSyntaxReference, AttributeNames.ResultArgument, cancellationToken) is { } resultLocation)
        {
            keys.Add(new LineKey(resultKey, resultLocation, "Result"));
        }

        return keys;
    }

    /// <summary>Where an attribute's argument is written: the first positional one, or the one named <paramref name="name"/>.</summary>
    private static Location? ArgumentLocation(SyntaxReference? reference, string? name, System.Threading.CancellationToken cancellationToken)
    {
        if (reference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } arguments })
        {
            return null;
        }

        var argument = name is null
            ? arguments.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null)
            : arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return argument?.Expression.GetLocation();
    }

    private static void AnalyzeCall(OperationAnalysisContext context, INamedTypeSymbol? logger, INamedTypeSymbol? metadata)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var target = invocation.TargetMethod;
        var keys = new List<LineKey>();
        System.Func<string, bool> written;
        if (logger is not null && SymbolEqualityComparer.Default.Equals(target.ContainingType, logger) &&
            LoggerCallLines.TryGetValue(target.Name, out var line))
        {
            // ("key", value) tuples, one per parameter, or StepMetadata.Of(...) written in the call.
            written = line;
            foreach (var argument in invocation.Arguments)
            {
                if (TupleKey(argument.Value) is { } key)
                {
                    keys.Add(new LineKey(key.Value, key.Syntax.GetLocation(), $"StepLogger.{target.Name}"));
                }
                else if (Unwrap(argument.Value) is IInvocationOperation of && IsMetadataOf(of.TargetMethod, metadata))
                {
                    keys.AddRange(MetadataOfKeys(of));
                }
            }
        }
        else if (IsMetadataOf(target, metadata) && !IsLoggerArgument(invocation, logger))
        {
            // Values made apart from the call that logs them: only the fields of every line are known to be taken.
            written = LineKeys.OnEveryLine;
            keys.AddRange(MetadataOfKeys(invocation));
        }
        else
        {
            return;
        }

        if (keys.Count > 0 && GeneratedCode.IsUserWritten(invocation.Syntax.GetLocation(), context.Options, context.CancellationToken))
        {
            Report(context.ReportDiagnostic, keys, written, DiagnosticSeverity.Warning);
        }
    }

    private static bool IsMetadataOf(IMethodSymbol method, INamedTypeSymbol? metadata) =>
        metadata is not null && method.Name == "Of" && SymbolEqualityComparer.Default.Equals(method.ContainingType, metadata);

    /// <summary>Whether the StepMetadata.Of call is written as an argument of a StepLogger call (which judges it with its line).</summary>
    private static bool IsLoggerArgument(IOperation operation, INamedTypeSymbol? logger)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation call } && logger is not null &&
               SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, logger) && LoggerCallLines.ContainsKey(call.TargetMethod.Name);
    }

    /// <summary>The constant keys of StepMetadata.Of(key1, value1, key2, value2, ...): its string parameters named key1, key2...</summary>
    private static IEnumerable<LineKey> MetadataOfKeys(IInvocationOperation of)
    {
        foreach (var argument in of.Arguments)
        {
            if (argument.Parameter is { Name: var parameterName } && parameterName.StartsWith("key", System.StringComparison.Ordinal) &&
                argument.Value.ConstantValue is { HasValue: true, Value: string key })
            {
                yield return new LineKey(key, argument.Value.Syntax.GetLocation(), "StepMetadata.Of");
            }
        }
    }

    /// <summary>The constant key of a <c>("key", value)</c> tuple argument, and where it is written.</summary>
    private static (string Value, SyntaxNode Syntax)? TupleKey(IOperation value)
    {
        return Unwrap(value) is ITupleOperation { Elements.Length: 2 } tuple && Unwrap(tuple.Elements[0]) is { ConstantValue: { HasValue: true, Value: string key } } element
            ? (key, element.Syntax)
            : null;
    }

    /// <summary>The value under its implicit and explicit conversions.</summary>
    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static void Report(System.Action<Diagnostic> report, IReadOnlyList<LineKey> keys, System.Func<string, bool> written, DiagnosticSeverity severity)
    {
        foreach (var diagnostic in LineKeys.Check(keys, written, severity))
        {
            report(diagnostic);
        }
    }
}

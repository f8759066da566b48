using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Generators.Models;
using StepLog.Shared;

namespace StepLog.Generators.Parsing;

/// <summary>
/// Turns one [Operation] or [Step] method into what the generator writes for it and the diagnostics on it (the shared
/// <see cref="MethodRules"/> decide both), so that half-typed code never makes it throw and no method is skipped
/// without a reason the build shows.
/// </summary>
internal static class MethodParser
{
    private const string LevelType = "global::Microsoft.Extensions.Logging.LogLevel";

    private static readonly string[] LevelNames = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    private static readonly ParseResult Nothing = new(null, EquatableArray<DiagnosticInfo>.Empty);

    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, bool isOperation, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method)
        {
            return Nothing;
        }

        var verdict = MethodRules.Check(method, isOperation, cancellationToken);
        var diagnostics = EquatableArray.From(verdict.Findings.Select(DiagnosticInfo.From));
        cancellationToken.ThrowIfCancellationRequested();
        var candidate = verdict.Body == Implementation.None || context.TargetNode is not MethodDeclarationSyntax syntax
            ? null
            : Candidate(method, syntax, context.Attributes[0], isOperation, verdict);
        return new ParseResult(candidate, diagnostics);
    }

    private static MethodCandidate? Candidate(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, bool isOperation, MethodVerdict verdict)
    {
        if (syntax.ParameterList.Parameters.Count != method.Parameters.Length || TypeTargetParser.Parse(method.ContainingType) is not { } target)
        {
            return null;
        }

        var constraints = new List<string>();
        foreach (var typeParameter in method.TypeParameters)
        {
            var clause = ConstraintWriter.Clause(typeParameter);
            if (clause is null)
            {
                return null; // a constraint type still being typed: the compiler reports it
            }

            if (clause.Length > 0)
            {
                constraints.Add(clause);
            }
        }

        var signature = new MethodModel(
            isOperation,
            DisplayName: string.Empty,
            OperationName: string.Empty,
            Number: 0,
            TotalSteps: 0,
            Level: string.Empty,
            string.Join(" ", syntax.Modifiers.Select(m => m.Text)),
            SymbolNames.Type(method.ReturnType),
            ReturnShape.Value,
            ResultType: string.Empty,
            SymbolNames.Escape(method.Name),
            method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(p => SymbolNames.Escape(p.Name))) + ">",
            EquatableArray.From(constraints),
            EquatableArray.From(method.Parameters.Select((p, i) => Parameter(p, syntax.ParameterList.Parameters[i]))),
            EquatableArray<MetadataValue>.Empty,
            EquatableArray<MetadataValue>.Empty,
            LoggerExpression: null,
            CapturedLogger: null,
            CoreReceiver: method.IsStatic ? SymbolNames.Type(method.ContainingType) + "." : "this.",
            verdict.Body,
            method.ReturnsByRefReadonly ? "ref readonly " : method.ReturnsByRef ? "ref " : string.Empty,
            verdict.Body == Implementation.Stub ? StubMessage(method, verdict) : string.Empty);

        if (verdict.Body != Implementation.Logged || ReturnShapes.Classify(method) is not { } shape)
        {
            return new MethodCandidate(target, signature);
        }

        var ownership = verdict.Ownership!;
        string displayName = (string)attribute.ConstructorArguments[attribute.ConstructorArguments.Length - 1].Value!;
        string operationName;
        int number;
        int totalSteps;
        if (isOperation)
        {
            operationName = displayName;
            number = 0;
            totalSteps = ownership.OperationOf(method) is { } operation ? ownership.StepsOf(operation).Count : 0;
        }
        else
        {
            var owner = verdict.Step!.Owner!;
            operationName = StepOwnership.LoggedName(owner);
            number = verdict.Step.Number ?? 0;
            totalSteps = ownership.StepsOf(owner).Count;
        }

        var logger = LoggerAccess.Of(LoggerDiscovery.Find(method));
        var model = signature with
        {
            DisplayName = displayName,
            OperationName = operationName,
            Number = number,
            TotalSteps = totalSteps,
            Level = LevelName(attribute),
            Shape = shape.Shape,
            ResultType = shape.Result is null ? string.Empty : SymbolNames.Type(shape.Result),
            StartMetadata = MetadataParser.StartValues(method),
            ResultMetadata = MetadataParser.ResultValues(shape.Result, AttributeNames.NamedString(attribute, AttributeNames.ResultArgument)),
            LoggerExpression = logger.Expression,
            CapturedLogger = logger.Captured,
            SubjectParameter = verdict.Subject is { } subject ? SymbolNames.Escape(subject.Name) : null,
        };
        return new MethodCandidate(target, model);
    }

    /// <summary>What a stub throws should the error be silenced: the rule, the method and what to add.</summary>
    private static string StubMessage(IMethodSymbol method, MethodVerdict verdict)
    {
        var rule = verdict.Findings.Count > 0 ? verdict.Findings[0].Descriptor.Id + ": " : string.Empty;
        return $"{rule}StepLog could not implement '{method.Name}': its type has no method '{CoreMethod.NameOf(method)}' of the same signature to call.";
    }


    private static ParameterModel Parameter(IParameterSymbol parameter, ParameterSyntax syntax)
    {
        // The modifiers as written (this, scoped, ref readonly, params...) must be repeated; default values must not.
        var modifiers = string.Concat(syntax.Modifiers.Select(m => m.Text + " "));
        var argumentPrefix = parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => (int)parameter.RefKind == 4 ? "in " : string.Empty, // RefKind.RefReadOnlyParameter, newer than the Roslyn we build on
        };
        return new ParameterModel(modifiers, SymbolNames.Type(parameter.Type), SymbolNames.Escape(parameter.Name), argumentPrefix);
    }

    private static string LevelName(AttributeData attribute)
    {
        if (AttributeNames.Named(attribute, "Level") is { Kind: TypedConstantKind.Enum, Value: int level })
        {
            return level >= 0 && level < LevelNames.Length ? LevelType + "." + LevelNames[level] : $"({LevelType}){level}";
        }

        return LevelType + ".Information";
    }
}

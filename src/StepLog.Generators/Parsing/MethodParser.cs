using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Generators.Models;

namespace StepLog.Generators.Parsing;

/// <summary>
/// Turns one [Operation] or [Step] method into a <see cref="MethodCandidate"/>; null for anything the generator
/// cannot implement (the analyzer reports why), so that half-typed code never makes it throw.
/// </summary>
internal static class MethodParser
{
    private const string LevelType = "global::Microsoft.Extensions.Logging.LogLevel";

    private static readonly string[] LevelNames = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    public static MethodCandidate? Parse(GeneratorAttributeSyntaxContext context, bool isOperation, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method
            || context.TargetNode is not MethodDeclarationSyntax syntax
            || context.Attributes.Length != 1
            || !IsImplementable(method))
        {
            return null;
        }

        // A method that carries both attributes is invalid; neither pipeline takes it.
        if (AttributeNames.Find(method, isOperation ? AttributeNames.Step : AttributeNames.Operation) is not null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (TypeTargetParser.Parse(method.ContainingType) is not { } target
            || ReturnShapes.Classify(method) is not { } shape
            || !CoreMatcher.HasCore(method))
        {
            return null;
        }

        var attribute = context.Attributes[0];
        var ownership = StepOwnership.Of(method.ContainingType);
        string displayName;
        string operationName;
        int number;
        int totalSteps;
        if (isOperation)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name)
            {
                return null;
            }

            displayName = operationName = name;
            number = 0;
            totalSteps = ownership.TotalStepsOf(method);
        }
        else
        {
            if (attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not int stepNumber
                || attribute.ConstructorArguments[1].Value is not string name
                || ownership.OwnerOfStep(AttributeNames.NamedString(attribute, "Operation")) is not { } owner)
            {
                return null;
            }

            displayName = name;
            number = stepNumber;
            (operationName, totalSteps) = owner;
        }

        var constraints = new List<string>();
        foreach (var typeParameter in method.TypeParameters)
        {
            var clause = ConstraintWriter.Clause(typeParameter);
            if (clause is null)
            {
                return null;
            }

            if (clause.Length > 0)
            {
                constraints.Add(clause);
            }
        }

        var model = new MethodModel(
            isOperation,
            displayName,
            operationName,
            number,
            totalSteps,
            LevelName(attribute),
            string.Join(" ", syntax.Modifiers.Select(m => m.Text)),
            SymbolNames.Type(method.ReturnType),
            shape.Shape,
            shape.Result is null ? string.Empty : SymbolNames.Type(shape.Result),
            SymbolNames.Escape(method.Name),
            method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(p => SymbolNames.Escape(p.Name))) + ">",
            EquatableArray.From(constraints),
            EquatableArray.From(method.Parameters.Select((p, i) => Parameter(p, syntax.ParameterList.Parameters[i]))),
            MetadataParser.StartValues(method),
            MetadataParser.ResultValues(shape.Result, AttributeNames.NamedString(attribute, "Result")),
            LoggerFinder.Find(method),
            isOperation ? SubjectFinder.Find(method) : null);
        return new MethodCandidate(target, model);
    }

    private static bool IsImplementable(IMethodSymbol method)
    {
        if (!method.IsPartialDefinition
            || method.PartialImplementationPart is not null
            || method.ReturnsByRef
            || method.ReturnsByRefReadonly
            || method.ContainingType is null
            || method.ReturnType.TypeKind == TypeKind.Error)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.TypeKind == TypeKind.Error)
            {
                return false;
            }
        }

        return method.DeclaringSyntaxReferences.Length == 1
            && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declaration
            && declaration.ParameterList.Parameters.Count == method.Parameters.Length;
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

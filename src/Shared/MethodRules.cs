using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Shared;

/// <summary>
/// SL0001-SL0007 and SL0012 for one [Operation]/[Step] method: whether the generator can implement it, and if not, why (one
/// finding per mistake) and what it writes instead so that the rest of the compilation keeps its diagnostics. The
/// generator reports these findings; nothing else decides whether a method is implemented.
/// </summary>
internal static class MethodRules
{
    public static MethodVerdict Check(IMethodSymbol method, bool isOperation, CancellationToken cancellationToken)
    {
        var verdict = new MethodVerdict();
        var attributeName = isOperation ? "Operation" : "Step";
        var attribute = AttributeNames.Find(method, isOperation ? AttributeNames.Operation : AttributeNames.Step);
        var nameLocation = method.Locations.FirstOrDefault(l => l.IsInSource);
        if (attribute is null || nameLocation is null)
        {
            return verdict.Nothing();
        }

        // A method with both attributes is the [Operation] pipeline's alone, so that it is reported once.
        var hasBoth = AttributeNames.Find(method, isOperation ? AttributeNames.Step : AttributeNames.Operation) is not null;
        if (hasBoth && !isOperation)
        {
            return verdict.Nothing();
        }

        if (method.ContainingType is { TypeKind: TypeKind.Interface } iface)
        {
            verdict.Add(UsageDescriptors.UnsupportedShape, nameLocation, method.Name,
                $"it is declared in interface '{DisplayName(iface)}'; declare it in a class, struct or record (which may implement the interface)");
            return verdict.Nothing();
        }

        if (NotAPartialDeclaration(method, attributeName) is { } why)
        {
            verdict.Add(UsageDescriptors.NotPartialDeclaration, nameLocation, DisplayName(method), attributeName, why);
            return verdict.Nothing();
        }

        if (hasBoth)
        {
            verdict.Add(UsageDescriptors.UnsupportedShape, nameLocation, method.Name,
                "it has both [Operation] and [Step]; a method is an operation or one of its steps, so keep one of them");
            verdict.StopLogging();
        }

        var canExtend = true;
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal)
            {
                verdict.Add(UsageDescriptors.UnsupportedShape, nameLocation, method.Name,
                    $"its type '{DisplayName(type)}' is file-local ('file'), and the generated part, in a file of its own, cannot extend it; remove 'file' (make the type private or internal instead)");
                canExtend = false;
            }
            else if (!IsPartial(type, cancellationToken))
            {
                verdict.Add(UsageDescriptors.TypeNotPartial, nameLocation, method.Name, attributeName, DisplayName(type));
                canExtend = false;
            }
        }

        if (!canExtend || HasErrorType(method))
        {
            // No part of the type can be generated (or a type is still being typed, and the compiler speaks).
            return verdict.Nothing();
        }

        var unsupportedReturn = UnsupportedReturn(method);
        if (unsupportedReturn is not null)
        {
            verdict.Add(UsageDescriptors.UnsupportedShape, ReturnTypeLocation(method, cancellationToken) ?? nameLocation, method.Name, unsupportedReturn);
            verdict.StopLogging();
        }

        if (isOperation)
        {
            CheckOperationName(verdict, method, attribute, nameLocation, cancellationToken);
        }

        verdict.Core = CoreMethod.Find(method);
        if (verdict.Core is null && unsupportedReturn is null)
        {
            verdict.Add(UsageDescriptors.MissingCore, nameLocation, method.Name, CoreMethod.NameOf(method), CoreMethod.MissingAdvice(method, DisplayName(method.ContainingType!)));
        }

        if (!hasBoth)
        {
            var ownership = StepOwnership.Of(method.ContainingType!, cancellationToken);
            verdict.Ownership = ownership;
            if (isOperation)
            {
                CheckOperationSteps(verdict, ownership, method, nameLocation);
            }
            else
            {
                CheckStep(verdict, ownership, method, attribute, cancellationToken);
            }

            CheckSubject(verdict, method, isOperation);
        }

        return verdict;
    }

    /// <summary>Why an ordinary-looking target is not what the generator implements; null when it is.</summary>
    private static string? NotAPartialDeclaration(IMethodSymbol method, string attributeName)
    {
        var instead = $"put the work in a partial method marked [{attributeName}] and call that";
        switch (method.MethodKind)
        {
            case MethodKind.Ordinary:
            case MethodKind.ExplicitInterfaceImplementation:
                break;
            case MethodKind.UserDefinedOperator:
            case MethodKind.Conversion:
                return $"is an operator, which cannot be a partial method; {instead}";
            case MethodKind.PropertyGet:
            case MethodKind.PropertySet:
            case MethodKind.EventAdd:
            case MethodKind.EventRemove:
                return $"is an accessor, which cannot be a partial method; {instead}";
            case MethodKind.Constructor:
            case MethodKind.StaticConstructor:
            case MethodKind.Destructor:
                return $"is a constructor or finalizer, which cannot be a partial method; {instead}";
            case MethodKind.LocalFunction:
                return $"is a local function, which the generator cannot implement; make it a partial method of the type, with its body in '{method.Name}Core'";
            default:
                return $"is not a method the generator can implement; {instead}";
        }

        var core = $"'{method.Name}Core'";
        if (method.MethodKind == MethodKind.ExplicitInterfaceImplementation || method.IsAbstract || method.IsExtern)
        {
            return $"is not a partial method declaration without a body; declare a partial method and move the body into {core}";
        }

        if (method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null)
        {
            return $"is implemented by hand; delete its implementation part (the generator writes it) and move the body into {core}";
        }

        return method.IsPartialDefinition
            ? null
            : $"is not a partial method declaration without a body; declare it 'partial' with no body and move the body into {core}";
    }

    private static void CheckOperationName(MethodVerdict verdict, IMethodSymbol method, AttributeData attribute, Location nameLocation, CancellationToken cancellationToken)
    {
        var arguments = attribute.ConstructorArguments;
        var nameIndex = arguments.Length - 1;
        if (nameIndex < 0 || arguments[nameIndex].Kind == TypedConstantKind.Error)
        {
            verdict.StopLogging(); // being typed: the compiler reports the argument
            return;
        }

        if (arguments[nameIndex].Value is string { Length: > 0 })
        {
            return;
        }

        var location = (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments.ElementAtOrDefault(nameIndex)?.GetLocation()
            ?? nameLocation;
        verdict.Add(UsageDescriptors.UnsupportedShape, location, method.Name,
            "its name is null or empty, and every line it logs starts with that name; give the name to log, e.g. \"Model Sync\"");
        verdict.StopLogging();
    }

    private static void CheckStep(MethodVerdict verdict, StepOwnership ownership, IMethodSymbol method, AttributeData attribute, CancellationToken cancellationToken)
    {
        CheckOperationName(verdict, method, attribute, method.Locations.First(l => l.IsInSource), cancellationToken);
        if (ownership.StepOf(method) is not { } step)
        {
            verdict.StopLogging();
            return;
        }

        verdict.Step = step;
        var typeName = DisplayName(method.ContainingType!);
        switch (step.Problem)
        {
            case OwnerProblem.Unbound:
                verdict.StopLogging();
                return;
            case OwnerProblem.UnknownName when step.ProblemLocation is { } location:
                var why = ownership.Operations.Count == 0
                    ? $"names operation '{step.WantedOwner}', but '{typeName}' has no [Operation] method"
                    : $"names operation '{step.WantedOwner}', which is not an [Operation] method of the type";
                verdict.Add(UsageDescriptors.UnknownOperation, location, method.Name, why, typeName);
                verdict.StopLogging();
                return;
            case OwnerProblem.Ambiguous when step.ProblemLocation is { } location:
                var names = string.Join(", ", ownership.Operations.Select(o => $"'{o.Method!.Name}'").Distinct());
                var ambiguity = step.WantedOwner is null
                    ? $"does not say which of the operations {names} it belongs to"
                    : $"names operation '{step.WantedOwner}', which several [Operation] overloads share";
                verdict.Add(UsageDescriptors.UnknownOperation, location, method.Name, ambiguity, typeName);
                verdict.StopLogging();
                return;
            case OwnerProblem.None:
                break;
            default:
                verdict.StopLogging();
                return;
        }

        if (ownership.EarlierWithSameNumber(step) is { } earlier && step.AttributeLocation is { } attributeLocation)
        {
            verdict.Add(UsageDescriptors.DuplicateStepNumber, attributeLocation,
                earlier.Method.Name, method.Name, OperationDisplayName(step.Owner!, ownership), step.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            verdict.StopLogging(); // an error means "not logged as written", for this rule too: the later step calls its XCore bare
        }

        // The implicit operation has no method of its own: its first step reports its numbering, on the type's name.
        if (step.Owner == ownership.Implicit && ownership.StepsOf(ownership.Implicit!)[0] == step &&
            method.ContainingType!.Locations.FirstOrDefault(l => l.IsInSource) is { } typeLocation)
        {
            ReportNumbering(verdict, ownership, ownership.Implicit!, typeLocation);
        }
    }

    /// <summary>
    /// SL0012: the [Subject] parameters the records cannot use. A warning: the method is still logged, its records
    /// filed under the subject it inherits (or its run's id), as if the attribute were not there.
    /// </summary>
    private static void CheckSubject(MethodVerdict verdict, IMethodSymbol method, bool isOperation)
    {
        var choice = SubjectRules.Choose(method, isOperation);
        verdict.Subject = choice.Subject;
        foreach (var ignored in choice.Ignored)
        {
            if (SubjectRules.LocationOf(ignored.Parameter) is { } location)
            {
                verdict.Add(UsageDescriptors.SubjectIgnored, location, ignored.Parameter.Name, method.Name, ignored.Reason);
            }
        }
    }

    private static void CheckOperationSteps(MethodVerdict verdict, StepOwnership ownership, IMethodSymbol method, Location nameLocation)
    {
        if (ownership.OperationOf(method) is { } operation)
        {
            ReportNumbering(verdict, ownership, operation, nameLocation);
        }
    }

    private static void ReportNumbering(MethodVerdict verdict, StepOwnership ownership, OwnedOperation operation, Location location)
    {
        if (ownership.MisnumberedSteps(operation) is { } numbers)
        {
            verdict.Add(UsageDescriptors.StepNumberGap, location,
                OperationDisplayName(operation, ownership), string.Join(", ", numbers), numbers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An operation as the rules name it: its method's name, or the type's for the implicit operation.</summary>
    private static string OperationDisplayName(OwnedOperation operation, StepOwnership ownership) =>
        operation.Method?.Name ?? ownership.TypeName;

    private static string? UnsupportedReturn(IMethodSymbol method)
    {
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            var kind = method.ReturnsByRefReadonly ? "ref readonly" : "ref";
            return $"it returns by reference ('{kind}' return), which a logging wrapper cannot pass through; return the value instead";
        }

        if (ReturnShapes.Classify(method) is null)
        {
            return $"its return type '{method.ReturnType.Name}<T>' produces items after the call returns, so the step cannot be timed; return a Task of a collection instead, or log the loop with StepLogger";
        }

        return null;
    }

    private static bool HasErrorType(IMethodSymbol method) =>
        method.ReturnType.TypeKind == TypeKind.Error || method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error);

    /// <summary>Partial when a declaration says so (the compiler reports a part that forgets it).</summary>
    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration &&
            declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static Location? ReturnTypeLocation(IMethodSymbol method, CancellationToken cancellationToken) =>
        method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<MethodDeclarationSyntax>().FirstOrDefault()?.ReturnType.GetLocation();

    /// <summary>A method by the name the user knows it by ('C.Total.get', 'A.operator +(A, A)'), not its metadata name.</summary>
    public static string DisplayName(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction
            ? method.Name
            : method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    /// <summary>The type's name as the user wrote it, e.g. <c>Repository&lt;T&gt;</c>.</summary>
    public static string DisplayName(INamedTypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>What a call on a <c>StepLogger</c> does to the operation or step it logs.</summary>
internal enum LoggerCallKind
{
    /// <summary>Not a call that changes the logger's state (e.g. a property read).</summary>
    None,
    Start,
    Step,
    Success,
    Failure,
    Skip,
    Complete,
    Dispose,
}

/// <summary>Recognises <c>StepLog.StepLogger</c> and its members by symbol, never by text alone.</summary>
internal sealed class StepLoggerApi
{
    public const string TypeMetadataName = "StepLog.StepLogger";

    private StepLoggerApi(INamedTypeSymbol type) => Type = type;

    public INamedTypeSymbol Type { get; }

    /// <summary>The API of <paramref name="compilation"/>, or null when it does not reference StepLog.</summary>
    public static StepLoggerApi? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName(TypeMetadataName) is { } type ? new StepLoggerApi(type) : null;

    public bool IsLoggerType(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Type);

    /// <summary>Classifies a call by the method it binds to; <see cref="LoggerCallKind.None"/> for anything else.</summary>
    public LoggerCallKind Classify(IMethodSymbol? method)
    {
        if (method is null)
        {
            return LoggerCallKind.None;
        }

        // using-lowering calls IDisposable.Dispose on the logger; that is its Dispose too.
        if (method.Name == "Dispose" && method.Parameters.Length == 0 &&
            (IsLoggerType(method.ContainingType) || method.ContainingType?.SpecialType == SpecialType.System_IDisposable))
        {
            return LoggerCallKind.Dispose;
        }

        if (!IsLoggerType(method.ContainingType) || method.IsStatic)
        {
            return LoggerCallKind.None;
        }

        return method.Name switch
        {
            "Start" => LoggerCallKind.Start,
            "Step" => LoggerCallKind.Step,
            // Warning ends a step as Success does (it completed, with a warning); Retry leaves it in progress.
            "Success" or "Warning" => LoggerCallKind.Success,
            "Failure" => LoggerCallKind.Failure,
            "Skip" => LoggerCallKind.Skip,
            "Complete" => LoggerCallKind.Complete,
            _ => LoggerCallKind.None,
        };
    }

    /// <summary>
    /// Whether evaluating <paramref name="operation"/> may throw: it calls, creates, awaits or reads a property or an
    /// element. StepLogger's own members never throw, so calls on any logger do not count.
    /// </summary>
    public bool MayThrow(IOperation operation)
    {
        foreach (var node in operation.DescendantsAndSelf())
        {
            switch (node)
            {
                case IInvocationOperation invocation when !IsLoggerType(invocation.TargetMethod.ContainingType):
                case IObjectCreationOperation creation when !IsLoggerType(creation.Type):
                case IPropertyReferenceOperation property when !IsLoggerType(property.Property.ContainingType):
                case IAwaitOperation:
                case IArrayElementReferenceOperation:
                case IDynamicInvocationOperation:
                case IDynamicMemberReferenceOperation:
                case IDynamicObjectCreationOperation:
                case IDynamicIndexerAccessOperation:
                case IThrowOperation:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The constant value of the argument bound to <paramref name="parameterName"/>, if there is one.</summary>
    public static object? ConstantArgument(IInvocationOperation invocation, string parameterName) =>
        ConstantArgument(invocation.Arguments, parameterName);

    /// <inheritdoc cref="ConstantArgument(IInvocationOperation, string)"/>
    public static object? ConstantArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                var constant = argument.Value.ConstantValue;
                return constant.HasValue ? constant.Value : null;
            }
        }

        return null;
    }

    /// <summary>Strips the implicit conversions Roslyn wraps around receivers and values.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}

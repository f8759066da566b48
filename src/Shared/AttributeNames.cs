using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>The StepLog attributes the generator reads.</summary>
internal static class AttributeNames
{
    public const string Operation = "StepLog.OperationAttribute";
    public const string Step = "StepLog.StepAttribute";
    public const string Log = "StepLog.LogAttribute";
    public const string Subject = "StepLog.SubjectAttribute";

    /// <summary>The named argument of [Operation]/[Step] that logs the return value under a key.</summary>
    public const string ResultArgument = "Result";

    public static AttributeData? Find(ISymbol symbol, string fullName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && type.ToDisplayString() == fullName)
            {
                return attribute;
            }
        }

        return null;
    }

    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static string? NamedString(AttributeData attribute, string name) =>
        Named(attribute, name) is { Kind: not TypedConstantKind.Error, Value: string text } ? text : null;
}

using System.Collections.Generic;
using System.Linq;
using StepLog.Generators.Models;

namespace StepLog.Generators.Emitting;

/// <summary>
/// Writes the values of a line so that nothing is boxed until a provider asks. Values of value types only (up to six)
/// go in the runtime's <c>StepMetadata&lt;...&gt;</c>, which the JIT compiles exactly for them. A reference type among
/// them would make that shared-generic code, which pays runtime lookups on every line; those values, and more than
/// six, go in a small struct of the method's own instead (keys as constants, not generic unless the method is).
/// </summary>
internal static class MetadataEmitter
{
    private const int MaxPerRuntimeStruct = 6;
    private const string OutOfRange = "_ => throw new global::System.ArgumentOutOfRangeException(nameof(index))";

    /// <summary>Whether <paramref name="values"/> need a struct of the method's own (see the type's summary).</summary>
    public static bool NeedsOwnStruct(EquatableArray<MetadataValue> values) =>
        values.Count > MaxPerRuntimeStruct || values.Any(v => v.IsReference);

    /// <summary>
    /// The statements to write first and the expression that creates the values of <paramref name="values"/>. A
    /// collection's count is read from a nullable copy (<c>copy?.Count</c>): a null collection logs null instead of
    /// throwing into the user's code, and the null test on the copy leaves the compiler's view of the original intact.
    /// </summary>
    public static (IReadOnlyList<string> Statements, string Expression) Create(
        EquatableArray<MetadataValue> values, string localPrefix, string ownStruct, string typeArguments)
    {
        var statements = new List<string>();
        var arguments = new List<string>();
        foreach (var value in values)
        {
            if (value.CountMember is null)
            {
                arguments.Add(value.Expression);
                continue;
            }

            var local = localPrefix + statements.Count;
            statements.Add($"{value.Type} {local} = {value.Expression};");
            arguments.Add($"{local}?.{value.CountMember}");
        }

        if (NeedsOwnStruct(values))
        {
            return (statements, $"new {ownStruct}{typeArguments}({string.Join(", ", arguments)})");
        }

        var type = "global::StepLog.StepMetadata<" + string.Join(", ", values.Select(ValueType)) + ">";
        var pairs = values.Select((v, i) => $"{SourceEmitter.Literal(v.Key)}, {arguments[i]}");
        return (statements, $"new {type}({string.Join(", ", pairs)})");
    }

    /// <summary>Declares the struct that <see cref="Create"/> instantiates when <see cref="NeedsOwnStruct"/>.</summary>
    public static void WriteStruct(CodeWriter writer, MethodModel method, string structName, EquatableArray<MetadataValue> values)
    {
        var types = values.Select(ValueType).ToArray();
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Line($"private readonly struct {structName}{method.TypeParameters} : global::StepLog.IStepMetadata");
        foreach (var constraint in method.Constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < types.Length; i++)
        {
            writer.Line($"private readonly {types[i]} _value{i};");
        }

        var assignments = string.Concat(types.Select((_, i) => $" _value{i} = value{i};"));
        writer.Line($"public {structName}({string.Join(", ", types.Select((t, i) => $"{t} value{i}"))}) {{{assignments} }}");
        writer.Line($"public int Count => {types.Length};");
        var keys = string.Concat(values.Select((v, i) => $"{i} => {SourceEmitter.Literal(v.Key)}, "));
        writer.Line($"public string GetKey(int index) => index switch {{ {keys}{OutOfRange} }};");
        var fields = string.Concat(types.Select((_, i) => $"{i} => (object?)_value{i}, "));
        writer.Line($"public object? GetValue(int index) => index switch {{ {fields}{OutOfRange} }};");
        writer.Close();
    }

    private static string ValueType(MetadataValue value) => value.CountMember is null ? value.Type : "int?";
}

using System.Linq;
using StepLog.Generators.Models;

namespace StepLog.Generators.Emitting;

/// <summary>
/// Writes the values of a line so that nothing is boxed until a provider asks. Values of value types only (up to six)
/// go in the runtime's <c>StepMetadata&lt;...&gt;</c>, which the JIT compiles exactly for them. A reference type among
/// them would make that shared-generic code, which pays runtime lookups on every line; those values, more than six,
/// and collections' counts (a <c>CountValue</c>, which the struct unwraps for a provider) go in a small struct of the
/// method's own instead (keys as constants, not generic unless the method is).
/// </summary>
internal static class MetadataEmitter
{
    private const int MaxPerRuntimeStruct = 6;
    private const string CountValue = "global::StepLog.Generated.CountValue";
    private const string OutOfRange = "_ => throw new global::System.ArgumentOutOfRangeException(nameof(index))";

    /// <summary>Whether <paramref name="values"/> need a struct of the method's own (see the type's summary).</summary>
    public static bool NeedsOwnStruct(EquatableArray<MetadataValue> values) =>
        values.Count > MaxPerRuntimeStruct || values.Any(v => v.IsReference || v.CountMember is not null);

    /// <summary>
    /// The expression that creates the values of <paramref name="values"/>. A collection's count is read by the runtime
    /// (<c>CountValue.Read</c>) under a guard: a collection whose count throws logs <c>&lt;error: TypeName&gt;</c>
    /// instead of throwing into the user's code, and a null one logs null. The count member is read by a lambda that
    /// captures nothing, so the compiler makes its delegate once.
    /// </summary>
    public static string Create(EquatableArray<MetadataValue> values, string ownStruct, string typeArguments)
    {
        var arguments = values.Select(Argument).ToList();
        if (NeedsOwnStruct(values))
        {
            return $"new {ownStruct}{typeArguments}({string.Join(", ", arguments)})";
        }

        var type = "global::StepLog.StepMetadata<" + string.Join(", ", values.Select(ValueType)) + ">";
        var pairs = values.Select((v, i) => $"{SourceEmitter.Literal(v.Key)}, {arguments[i]}");
        return $"new {type}({string.Join(", ", pairs)})";
    }

    /// <summary>Declares the struct that <see cref="Create"/> instantiates when <see cref="NeedsOwnStruct"/>.</summary>
    public static void WriteStruct(CodeWriter writer, MethodModel method, string structName, EquatableArray<MetadataValue> values)
    {
        var types = values.Select(ValueType).ToArray();
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open($"private readonly struct {structName}{method.TypeParameters} : global::StepLog.IStepMetadata", method.Constraints);
        for (var i = 0; i < types.Length; i++)
        {
            writer.Line($"private readonly {types[i]} _value{i};");
        }

        var assignments = string.Concat(types.Select((_, i) => $" _value{i} = value{i};"));
        writer.Line($"public {structName}({string.Join(", ", types.Select((t, i) => $"{t} value{i}"))}) {{{assignments} }}");
        writer.Line($"public int Count => {types.Length};");
        var keys = string.Concat(values.Select((v, i) => $"{i} => {SourceEmitter.Literal(v.Key)}, "));
        writer.Line($"public string GetKey(int index) => index switch {{ {keys}{OutOfRange} }};");
        var fields = string.Concat(values.Select((v, i) => v.CountMember is null ? $"{i} => (object?)_value{i}, " : $"{i} => _value{i}.Value, "));
        writer.Line($"public object? GetValue(int index) => index switch {{ {fields}{OutOfRange} }};");
        writer.Close();
    }

    private static string ValueType(MetadataValue value) => value.CountMember is null ? value.Type : CountValue;

    private static string Argument(MetadataValue value) => value.CountMember is null
        ? value.Expression
        : $"{CountValue}.Read({value.Expression}, static __collection => __collection.{value.CountMember})";
}

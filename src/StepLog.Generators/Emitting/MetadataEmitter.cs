using System.Collections.Generic;
using System.Linq;
using StepLog.Generators.Models;

namespace StepLog.Generators.Emitting;

/// <summary>
/// Writes the values of a line as a struct of the method's own: keys are constants, values keep their static types
/// (nothing boxed until a provider asks), and the struct is not generic (unless the method is), so the runtime code
/// that logs it is compiled for it exactly, with no shared-generic lookups on the hot path.
/// </summary>
internal static class MetadataEmitter
{
    private const string Throw = "throw new global::System.ArgumentOutOfRangeException(nameof(index))";

    /// <summary>
    /// The statements to write first and the expression that creates the values of <paramref name="values"/> as a
    /// <paramref name="structName"/>. A collection's count is read from a nullable copy (<c>copy?.Count</c>): a null
    /// collection logs null instead of throwing into the user's code, and the null test on the copy leaves the
    /// compiler's view of the original intact.
    /// </summary>
    public static (IReadOnlyList<string> Statements, string Expression) Create(
        EquatableArray<MetadataValue> values, string localPrefix, string structName, string typeArguments)
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

        return (statements, $"new {structName}{typeArguments}({string.Join(", ", arguments)})");
    }

    /// <summary>Declares the struct that <see cref="Create"/> instantiates.</summary>
    public static void WriteStruct(CodeWriter writer, MethodModel method, string structName, EquatableArray<MetadataValue> values)
    {
        var types = values.Select(v => v.CountMember is null ? v.Type : "int?").ToArray();
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

        writer.Line();
        writer.Line($"public {structName}({string.Join(", ", types.Select((t, i) => $"{t} value{i}"))})");
        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < types.Length; i++)
        {
            writer.Line($"_value{i} = value{i};");
        }

        writer.Close();
        writer.Line();
        writer.Line($"public int Count => {types.Length};");
        writer.Line();
        WriteSwitch(writer, "public string GetKey(int index)", values.Select(v => SourceEmitter.Literal(v.Key)));
        writer.Line();
        WriteSwitch(writer, "public object? GetValue(int index)", types.Select((_, i) => $"(object?)_value{i}"));
        writer.Close();
    }

    private static void WriteSwitch(CodeWriter writer, string signature, IEnumerable<string> arms)
    {
        writer.Line(signature + " => index switch");
        writer.Line("{");
        writer.Indent();
        var i = 0;
        foreach (var arm in arms)
        {
            writer.Line($"{i++} => {arm},");
        }

        writer.Line($"_ => {Throw},");
        writer.Close(";");
    }
}

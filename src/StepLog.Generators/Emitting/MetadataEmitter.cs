using System.Collections.Generic;
using System.Linq;
using StepLog.Generators.Models;

namespace StepLog.Generators.Emitting;

/// <summary>
/// Writes metadata as a StepMetadata struct with explicit type arguments (values stay unboxed); more than six values
/// nest in StepMetadataPair.
/// </summary>
internal static class MetadataEmitter
{
    private const int MaxPerStruct = 6;

    /// <summary>
    /// The statements to write first and the expression that creates the metadata of <paramref name="values"/>.
    /// A collection's count is read from a nullable copy (<c>copy?.Count</c>): a null collection logs null instead of
    /// throwing into the user's code, and the null test on the copy leaves the compiler's view of the original intact.
    /// </summary>
    public static (IReadOnlyList<string> Statements, string Expression) Create(EquatableArray<MetadataValue> values, string localPrefix)
    {
        var statements = new List<string>();
        var rendered = new List<(string Key, string Expression, string Type)>();
        foreach (var value in values)
        {
            if (value.CountMember is null)
            {
                rendered.Add((value.Key, value.Expression, value.Type));
                continue;
            }

            var local = localPrefix + statements.Count;
            statements.Add($"{value.Type} {local} = {value.Expression};");
            rendered.Add((value.Key, $"{local}?.{value.CountMember}", "int?"));
        }

        return (statements, Render(rendered, 0).Expression);
    }

    private static (string Type, string Expression) Render(List<(string Key, string Expression, string Type)> values, int start)
    {
        var count = values.Count - start;
        if (count <= MaxPerStruct)
        {
            var slice = values.Skip(start).ToArray();
            var type = "global::StepLog.StepMetadata<" + string.Join(", ", slice.Select(v => v.Type)) + ">";
            var arguments = string.Join(", ", slice.Select(v => $"{SourceEmitter.Literal(v.Key)}, {v.Expression}"));
            return (type, $"new {type}({arguments})");
        }

        var first = Render(values.Take(start + MaxPerStruct).ToList(), start);
        var rest = Render(values, start + MaxPerStruct);
        var pair = $"global::StepLog.StepMetadataPair<{first.Type}, {rest.Type}>";
        return (pair, $"new {pair}({first.Expression}, {rest.Expression})");
    }
}

namespace StepLog.Generators.Models;

/// <summary>One type whose [Operation]/[Step] methods go into one generated file.</summary>
/// <param name="Target">Where the file's code goes.</param>
/// <param name="Methods">The methods to implement, operations first, in source order.</param>
internal sealed record TypeModel(TypeTarget Target, EquatableArray<MethodModel> Methods);

/// <summary>A type as the generated file re-declares it.</summary>
/// <param name="HintName">The generated file's name, unique per type.</param>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Declarations">The partial declarations from the outermost type in, e.g. "static partial class Outer".</param>
/// <param name="CategoryName">The type's full name, the category of its default logger.</param>
internal sealed record TypeTarget(string HintName, string Namespace, EquatableArray<string> Declarations, string CategoryName);

/// <summary>One parsed method with the type it belongs to; the pipeline groups these per type.</summary>
internal sealed record MethodCandidate(TypeTarget Target, MethodModel Method);

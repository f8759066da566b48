using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>
/// The values StepLog cannot keep for a line or a record, nor pass as a type argument: a ref struct lives on the stack
/// and a pointer points outside the garbage collector's reach. One definition for the generator (which leaves such a
/// value out) and the analyzers (which say why it is left out).
/// </summary>
internal static class UnkeepableTypes
{
    /// <summary>A ref struct, a pointer or a function pointer.</summary>
    public static bool Is(ITypeSymbol type) =>
        type.IsRefLikeType || type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer;

    /// <summary>An unkeepable type, or a type parameter whose argument may be one (<c>allows ref struct</c>).</summary>
    public static bool MayBe(ITypeSymbol type) =>
        Is(type) || (type is ITypeParameterSymbol typeParameter && AllowsClauses.AllowsRefStruct(typeParameter));
}

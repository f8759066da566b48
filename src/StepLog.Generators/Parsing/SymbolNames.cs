using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepLog.Generators.Parsing;

/// <summary>How symbols and names are spelled in generated code.</summary>
internal static class SymbolNames
{
    /// <summary>global::-qualified, with nullable annotations, so that the implementation matches its declaration.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>"Namespace.Outer.Inner", without type arguments: a logger category.</summary>
    public static readonly SymbolDisplayFormat CategoryFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    public static string Type(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

}

using System.Text;
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

    /// <summary>Whether <paramref name="type"/> is the named type <paramref name="ns"/>.<paramref name="metadataName"/>.</summary>
    public static bool Is(ITypeSymbol? type, string ns, string metadataName) =>
        type is INamedTypeSymbol named
        && named.MetadataName == metadataName
        && named.ContainingType is null
        && named.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>rawCount -> raw_count, HTTPStatus -> http_status, url2Fetch -> url2_fetch.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                var startsWord = previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

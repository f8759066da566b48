using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Usage.Fixes;

/// <summary>
/// Small syntax edits the usage fixes share. Modifier lists are rebuilt from their kinds so that the indentation in
/// front of the first modifier (or of the keyword or return type when there was none) stays where it was.
/// </summary>
internal static class FixSyntax
{
    private static readonly SyntaxKind[] AccessibilityKinds =
        [SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword];

    public static bool HasAccessibility(SyntaxTokenList modifiers) => modifiers.Any(m => AccessibilityKinds.Contains(m.Kind()));

    public static bool IsAccessibility(SyntaxKind kind) => AccessibilityKinds.Contains(kind);

    /// <summary>
    /// The method declaration whose name is the diagnostic's location; none for a local function or an accessor, whose
    /// enclosing method is no business of the fix.
    /// </summary>
    public static MethodDeclarationSyntax? FindMethod(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        root.FindToken(span.Start).Parent is MethodDeclarationSyntax method && method.Identifier.Span == span ? method : null;

    public static MethodDeclarationSyntax WithModifierKinds(MethodDeclarationSyntax method, IReadOnlyList<SyntaxKind> kinds)
    {
        if (method.Modifiers.Count == 0)
        {
            var first = method.ReturnType.GetFirstToken();
            var leading = first.LeadingTrivia;
            method = method.ReplaceToken(first, first.WithLeadingTrivia());
            return method.WithModifiers(BuildModifiers(kinds, leading));
        }

        return method.WithModifiers(BuildModifiers(kinds, method.Modifiers[0].LeadingTrivia));
    }

    /// <summary>The type declaration with 'partial' right before its keyword, where C# wants it.</summary>
    public static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
    {
        if (IsPartial(type))
        {
            return type;
        }

        var kinds = type.Modifiers.Select(m => m.Kind()).Append(SyntaxKind.PartialKeyword).ToList();
        if (type.Modifiers.Count == 0)
        {
            var leading = type.Keyword.LeadingTrivia;
            return type.WithKeyword(type.Keyword.WithLeadingTrivia()).WithModifiers(BuildModifiers(kinds, leading));
        }

        return type.WithModifiers(BuildModifiers(kinds, type.Modifiers[0].LeadingTrivia));
    }

    public static bool IsPartial(TypeDeclarationSyntax type) => type.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>The whitespace the member's line starts with, to indent a member added beside it the same way.</summary>
    public static SyntaxTriviaList IndentOf(MemberDeclarationSyntax member)
    {
        var leading = member.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }

    /// <summary>The document's own line ending, so that added lines match the lines around them.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol
            ? eol
            : SyntaxFactory.EndOfLine("\n");

    /// <summary>A member to insert after another: one blank line, then the same indentation.</summary>
    public static T AsNextMember<T>(T member, MemberDeclarationSyntax after, SyntaxNode root)
        where T : MemberDeclarationSyntax =>
        member.WithLeadingTrivia(SyntaxFactory.TriviaList(EndOfLine(root)).AddRange(IndentOf(after)));

    /// <summary>The parameters without 'this': an extension method's body need not be an extension method itself.</summary>
    public static ParameterListSyntax WithoutThis(ParameterListSyntax parameters) =>
        parameters.WithParameters(SyntaxFactory.SeparatedList(
            parameters.Parameters.Select(p => p.WithModifiers(SyntaxFactory.TokenList(p.Modifiers.Where(m => !m.IsKind(SyntaxKind.ThisKeyword))))),
            parameters.Parameters.GetSeparators()));

    private static SyntaxTokenList BuildModifiers(IReadOnlyList<SyntaxKind> kinds, SyntaxTriviaList leading) =>
        SyntaxFactory.TokenList(kinds.Select((kind, index) =>
        {
            var token = SyntaxFactory.Token(kind).WithTrailingTrivia(SyntaxFactory.Space);
            return index == 0 ? token.WithLeadingTrivia(leading) : token;
        }));
}

using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Usage.Fixes;

/// <summary>
/// SL0011: renames the key to the one the diagnostic suggests (free on its line): the string literal of
/// <c>[Log("key")]</c>, <c>Result = "key"</c>, a <c>("key", value)</c> tuple or <c>StepMetadata.Of</c>; for a [Log]
/// parameter logged under its own name, it gives [Log] that key (<c>[Log("depth_value")] int depth</c>), so that the
/// parameter keeps its name. A key that is a constant's name or a tuple element's name is left to the user.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyCollisionCodeFixProvider))]
[Shared]
public sealed class KeyCollisionCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Creates the fix of SL0011.</summary>
    public KeyCollisionCodeFixProvider()
        : base(Descriptors.KeyCollision)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        if (!request.Diagnostic.Properties.TryGetValue(LineKeys.NewKeyProperty, out var newKey) || newKey is null)
        {
            return;
        }

        var root = request.Root;
        var node = root.FindNode(request.Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var title = $"Rename the key to '{newKey}'";
        if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            request.Offer("RenameKey", title, () => root.ReplaceNode(literal, Key(newKey).WithTriviaFrom(literal)));
        }
        else if (node is ParameterSyntax parameter &&
                 parameter.AttributeLists.SelectMany(list => list.Attributes)
                     .FirstOrDefault(attribute => StepLogAttributeSyntax.IsLog(attribute, request.Model, request.CancellationToken)) is { } log &&
                 log.ArgumentList is not { Arguments.Count: > 0 })
        {
            var keyed = log.WithArgumentList(SyntaxFactory.AttributeArgumentList(
                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(Key(newKey)))));
            request.Offer("RenameKey", title, () => root.ReplaceNode(log, keyed));
        }
    }

    private static LiteralExpressionSyntax Key(string key) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key));
}

using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Fixes;

/// <summary>SL0002: adds 'partial' to every type around the method that lacks it, so the generator can add to them.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeContainingTypesPartialFix))]
[Shared]
public sealed class MakeContainingTypesPartialFix : CodeFixProvider
{
    private const string EquivalenceKey = "SL0002-MakeContainingTypesPartial";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.TypeNotPartial.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        var types = root is null
            ? []
            : FixSyntax.FindMethod(root, diagnostic.Location.SourceSpan)?.Ancestors().OfType<TypeDeclarationSyntax>()
                .Where(t => !FixSyntax.IsPartial(t)).ToList() ?? [];
        if (root is null || types.Count == 0)
        {
            return;
        }

        var title = types.Count == 1 ? $"Make '{types[0].Identifier.ValueText}' partial" : "Make the containing types partial";
        context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => Task.FromResult(Fix(context.Document, root, types)), EquivalenceKey),
            diagnostic);
    }

    private static Document Fix(Document document, SyntaxNode root, System.Collections.Generic.List<TypeDeclarationSyntax> types) =>
        document.WithSyntaxRoot(root.ReplaceNodes(types, (original, current) => FixSyntax.AddPartial(current)));
}

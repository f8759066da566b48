using System.Collections.Generic;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Usage.Fixes;

/// <summary>SL0002: adds 'partial' to every type around the method that lacks it, so the generator can add to them.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypeNotPartialCodeFixProvider))]
[Shared]
public sealed class TypeNotPartialCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Creates the fix of SL0002.</summary>
    public TypeNotPartialCodeFixProvider()
        : base(Descriptors.TypeNotPartial)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        var root = request.Root;
        var types = FixSyntax.FindMethod(root, request.Diagnostic.Location.SourceSpan)?.Ancestors().OfType<TypeDeclarationSyntax>()
            .Where(t => !FixSyntax.IsPartial(t)).ToList() ?? [];
        if (types.Count == 0)
        {
            return;
        }

        var title = types.Count == 1 ? $"Make '{types[0].Identifier.ValueText}' partial" : "Make the containing types partial";
        request.Offer("MakeTypesPartial", title, () => Fix(root, types));
    }

    private static SyntaxNode Fix(SyntaxNode root, List<TypeDeclarationSyntax> types) =>
        root.ReplaceNodes(types, (original, current) => FixSyntax.AddPartial(current));
}

using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace StepLog.Analyzers.Usage.Fixes;

/// <summary>
/// SL0001: turns <c>[Step(...)] public int X(...) { body }</c> into the partial declaration the generator implements,
/// <c>[Step(...)] public partial int X(...);</c>, plus <c>private int XCore(...) { body }</c> right after it, and makes
/// the containing types partial (SL0002) in the same edit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotPartialDeclarationCodeFixProvider))]
[Shared]
public sealed class NotPartialDeclarationCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Modifiers that belong to the body and so move to XCore; the others (accessibility, override...) stay on X.</summary>
    private static readonly SyntaxKind[] BodyModifiers =
        [SyntaxKind.StaticKeyword, SyntaxKind.AsyncKeyword, SyntaxKind.UnsafeKeyword, SyntaxKind.ReadOnlyKeyword];

    /// <summary>Creates the fix of SL0001.</summary>
    public NotPartialDeclarationCodeFixProvider()
        : base(Descriptors.NotPartialDeclaration)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        if (FixSyntax.FindMethod(request.Root, request.Diagnostic.Location.SourceSpan) is not { } method ||
            !CanFix(method, request.Model, request.CancellationToken))
        {
            return;
        }

        var name = method.Identifier.ValueText;
        var document = request.Document;
        request.Offer(
            "MakePartialDeclaration",
            $"Make '{name}' a partial declaration and move its body to '{name}Core'",
            cancellationToken => FixAsync(document, method, cancellationToken));
    }

    /// <summary>
    /// A method with a body, in a class, struct or record, that is no explicit interface implementation, and whose
    /// type has no member named XCore yet (a second one would not compile).
    /// </summary>
    private static bool CanFix(MethodDeclarationSyntax method, SemanticModel model, CancellationToken cancellationToken) =>
        (method.Body is not null || method.ExpressionBody is not null) &&
        method.ExplicitInterfaceSpecifier is null &&
        method.Parent is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax &&
        !method.Identifier.IsMissing &&
        model.GetDeclaredSymbol(method, cancellationToken) is { ContainingType: { } type } &&
        type.GetMembers(method.Identifier.ValueText + "Core").IsEmpty;

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var core = FixSyntax.AsNextMember(BuildCore(method, editor.SemanticModel, cancellationToken), method, editor.OriginalRoot);
        editor.InsertAfter(method, core);
        editor.ReplaceNode(method, BuildDeclaration(method));
        foreach (var type in method.Ancestors().OfType<TypeDeclarationSyntax>().Where(t => !FixSyntax.IsPartial(t)))
        {
            editor.ReplaceNode(type, (current, _) => FixSyntax.AddPartial((TypeDeclarationSyntax)current));
        }

        return editor.GetChangedDocument();
    }

    /// <summary>X as the generator wants it: 'partial', an explicit accessibility (needed for non-void partial methods), no 'async', no body.</summary>
    private static MethodDeclarationSyntax BuildDeclaration(MethodDeclarationSyntax method)
    {
        var kinds = method.Modifiers.Select(m => m.Kind()).Where(k => k is not (SyntaxKind.AsyncKeyword or SyntaxKind.PartialKeyword)).ToList();
        if (!FixSyntax.HasAccessibility(method.Modifiers))
        {
            kinds.Insert(0, SyntaxKind.PrivateKeyword);
        }

        kinds.Add(SyntaxKind.PartialKeyword);
        var endTrivia = method.GetLastToken().TrailingTrivia;
        var declaration = FixSyntax.WithModifierKinds(method, kinds)
            .WithBody(null)
            .WithExpressionBody(null)
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken));
        // What stood before the body (a space, or a line break before '{') goes; the line ends as the method did.
        var beforeSemicolon = declaration.SemicolonToken.GetPreviousToken();
        declaration = declaration.ReplaceToken(beforeSemicolon, beforeSemicolon.WithTrailingTrivia());
        return declaration.WithSemicolonToken(declaration.SemicolonToken.WithTrailingTrivia(endTrivia));
    }

    /// <summary>XCore: the same signature and body, private, without attributes (they describe X) and without [Log].</summary>
    private static MethodDeclarationSyntax BuildCore(MethodDeclarationSyntax method, SemanticModel model, CancellationToken cancellationToken)
    {
        var kinds = method.Modifiers.Select(m => m.Kind()).Where(k => BodyModifiers.Contains(k)).Prepend(SyntaxKind.PrivateKeyword).ToList();
        var parameters = FixSyntax.WithoutThis(StepLogAttributeSyntax.WithoutLog(method.ParameterList, model, cancellationToken));
        var core = method
            .WithAttributeLists(default)
            .WithIdentifier(SyntaxFactory.Identifier(method.Identifier.ValueText + "Core"))
            .WithParameterList(parameters);
        return FixSyntax.WithModifierKinds(core, kinds);
    }
}

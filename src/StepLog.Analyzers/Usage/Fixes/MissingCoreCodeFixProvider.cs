using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Rename;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage.Fixes;

/// <summary>
/// SL0003: adds <c>private XCore(...)</c> after the method, with its parameters (no default values, no [Log], no 'this'),
/// return type, type parameters and constraints, static when it is, throwing <c>NotImplementedException</c> until the
/// user writes the body. When a method of a near name would be the body (<c>ChargeCore</c> for <c>ChargeAsync</c>),
/// first offers to rename it to XCore, with every call of it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingCoreCodeFixProvider))]
[Shared]
public sealed class MissingCoreCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Creates the fix of SL0003.</summary>
    public MissingCoreCodeFixProvider()
        : base(Descriptors.MissingCore)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        var (root, model) = (request.Root, request.Model);
        if (FixSyntax.FindMethod(root, request.Diagnostic.Location.SourceSpan) is not { } method ||
            model.GetDeclaredSymbol(method, request.CancellationToken) is not { ContainingType: { } type } symbol)
        {
            return;
        }

        var coreName = CoreMethod.NameOf(symbol);
        if (CoreMethod.FindNearMiss(symbol) is { } nearMiss)
        {
            var solution = request.Document.Project.Solution;
            request.OfferSolutionChange("RenameToCore", $"Rename '{nearMiss.Name}' to '{coreName}'", cancellationToken =>
                Renamer.RenameSymbolAsync(solution, nearMiss, default(SymbolRenameOptions), coreName, cancellationToken));
        }

        if (HasCoreWithSameParameters(type, symbol))
        {
            return;
        }

        var document = request.Document;
        request.Offer("AddCore", $"Add '{coreName}'", cancellationToken => Task.FromResult(Fix(document, root, model, method, cancellationToken)));
    }

    /// <summary>
    /// A stub beside a body that differs only in its return type or static-ness would not compile; the user fixes that
    /// one by hand, as the diagnostic says.
    /// </summary>
    private static bool HasCoreWithSameParameters(INamedTypeSymbol type, IMethodSymbol method) =>
        type.GetMembers(method.Name + "Core").OfType<IMethodSymbol>().Any(core =>
            core.Arity == method.Arity &&
            core.Parameters.Length == method.Parameters.Length &&
            core.Parameters.Zip(method.Parameters, (a, b) => a.Type.TypeKind == TypeKind.TypeParameter ||
                                                             SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same));

    private static Document Fix(Document document, SyntaxNode root, SemanticModel model, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var parameters = FixSyntax.WithoutThis(StepLogAttributeSyntax.WithoutLog(method.ParameterList, model, cancellationToken));
        parameters = parameters.WithParameters(SyntaxFactory.SeparatedList(
            parameters.Parameters.Select(p => p.WithDefault(null).WithIdentifier(p.Identifier.WithTrailingTrivia())),
            parameters.Parameters.GetSeparators()));

        var modifiers = method.Modifiers.Any(SyntaxKind.StaticKeyword)
            ? SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword))
            : SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword));
        var stub = SyntaxFactory.MethodDeclaration(method.ReturnType.WithoutTrivia(), method.Identifier.ValueText + "Core")
            .WithModifiers(modifiers)
            .WithTypeParameterList(method.TypeParameterList?.WithoutTrivia())
            .WithParameterList(parameters.WithoutTrivia())
            .WithConstraintClauses(SyntaxFactory.List(method.ConstraintClauses.Select(c => c.WithoutTrivia())))
            .WithBody(SyntaxFactory.Block(SyntaxFactory.ThrowStatement(SyntaxFactory.ParseExpression("new System.NotImplementedException()"))))
            .NormalizeWhitespace(eol: FixSyntax.EndOfLine(root).ToFullString())
            .WithTrailingTrivia(FixSyntax.EndOfLine(root));
        // Constraints stay on the signature's line, as they are written on X.
        stub = stub.ReplaceTokens(
            stub.ConstraintClauses.SelectMany(c => new[] { c.WhereKeyword, c.WhereKeyword.GetPreviousToken() }),
            (original, _) => original.IsKind(SyntaxKind.WhereKeyword)
                ? original.WithLeadingTrivia(SyntaxFactory.Space)
                : original.WithTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        stub = FixSyntax.AsNextMember(stub, method, root);
        return document.WithSyntaxRoot(root.InsertNodesAfter(method, [stub]));
    }
}

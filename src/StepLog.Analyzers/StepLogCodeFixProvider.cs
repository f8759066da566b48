using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers;

/// <summary>
/// What every StepLog code fix shares. The convention: a fix is named after the rule it fixes,
/// <c>{Descriptor}CodeFixProvider</c> (<c>StepNotEndedCodeFixProvider</c> for SL1001), lives in the <c>Fixes</c> folder
/// beside its analyzer (Usage/Fixes, Flow/Fixes), and names each of its actions; the equivalence key is then
/// <c>{rule ID}.{action}</c> (<c>SL1001.AddSuccess</c>) with the ID of the rule the fix is named after, so that Fix All
/// applies one action, also to the other rules the same action fixes (SL1002's 'using' fixes SL1003 too). Fix All
/// works by batch everywhere.
/// </summary>
public abstract class StepLogCodeFixProvider : CodeFixProvider
{
    private protected StepLogCodeFixProvider(params DiagnosticDescriptor[] rules) =>
        FixableDiagnosticIds = rules.Select(rule => rule.Id).ToImmutableArray();

    /// <summary>The ID of the rule the fix is named after: the first it fixes, and the prefix of its equivalence keys.</summary>
    private protected string RuleId => FixableDiagnosticIds[0];

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            RegisterFixes(new FixRequest(context, diagnostic, root, model, RuleId));
        }
    }

    /// <summary>Offers the fixes that apply to one diagnostic, through <c>request.Offer</c>; none when the code cannot be fixed safely.</summary>
    private protected abstract void RegisterFixes(FixRequest request);
}

/// <summary>One diagnostic to fix, with its document's syntax and semantics, and the way to offer a fix for it.</summary>
internal readonly struct FixRequest
{
    private readonly CodeFixContext _context;
    private readonly string _ruleId;

    public FixRequest(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model, string ruleId)
    {
        _context = context;
        _ruleId = ruleId;
        Diagnostic = diagnostic;
        Root = root;
        Model = model;
    }

    public Diagnostic Diagnostic { get; }

    public Document Document => _context.Document;

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public CancellationToken CancellationToken => _context.CancellationToken;

    /// <summary>The call the diagnostic is on (the flow rules report on a call of the logger); null when it is on none.</summary>
    public InvocationExpressionSyntax? DiagnosedInvocation() =>
        Root.FindNode(Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();

    /// <summary>Offers a fix titled <paramref name="title"/>, with the equivalence key <c>{rule ID}.{action}</c>.</summary>
    public void Offer(string action, string title, Func<CancellationToken, Task<Document>> fix) =>
        _context.RegisterCodeFix(CodeAction.Create(title, fix, _ruleId + "." + action), Diagnostic);

    /// <summary>Offers a fix that changes more than the document (a rename, which follows every reference).</summary>
    public void OfferSolutionChange(string action, string title, Func<CancellationToken, Task<Solution>> fix) =>
        _context.RegisterCodeFix(CodeAction.Create(title, fix, _ruleId + "." + action), Diagnostic);

    /// <summary>Offers a fix that replaces the document's root with the result of <paramref name="fix"/>.</summary>
    public void Offer(string action, string title, Func<SyntaxNode> fix)
    {
        var document = Document;
        Offer(action, title, cancellationToken =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(document.WithSyntaxRoot(fix()));
        });
    }
}

using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace StepLog.Analyzers.Flow.Fixes;

/// <summary>
/// SL1003: wraps everything after <c>op.Start()</c> in its block in
/// <c>try { … } catch (System.Exception error) { op.Failure(error); op.Complete(error); throw; }</c> (the Failure only
/// where the block starts steps), so that an exception fails the step in progress, completes the operation as failed,
/// and still reaches the caller unchanged.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OperationNotExceptionSafeCodeFixProvider)), Shared]
public sealed class OperationNotExceptionSafeCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Creates the try/catch fix of SL1003 (its 'using' fix is <see cref="OperationNotCompletedCodeFixProvider"/>'s).</summary>
    public OperationNotExceptionSafeCodeFixProvider()
        : base(Descriptors.OperationNotExceptionSafe)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        if (request.DiagnosedInvocation() is not { } start ||
            LoggerSyntax.ReceiverName(start) is not { } logger ||
            start.Parent is not ExpressionStatementSyntax startStatement ||
            startStatement.Parent is not BlockSyntax block ||
            block.Statements.IndexOf(startStatement) is var index && index == block.Statements.Count - 1)
        {
            return;
        }

        var errorName = FreeName(request.Model, startStatement.SpanStart, "error");
        var (document, root) = (request.Document, request.Root);
        request.Offer(
            "CompleteOnException",
            $"Complete '{logger}' as failed when an exception escapes (try/catch)",
            token => WrapAsync(document, root, block, index, logger, errorName, token));
    }

    private static Task<Document> WrapAsync(Document document, SyntaxNode root, BlockSyntax block, int startIndex, string logger, string errorName, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var guarded = block.Statements.Skip(startIndex + 1).ToList();
        var error = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(errorName));
        var complete = LoggerSyntax.Call(logger, "Complete", error);

        // A step may be in progress when the exception comes: it fails first (a no-op at run time when none is).
        var handler = guarded.Any(statement => StartsStep(statement, logger))
            ? SyntaxFactory.Block(LoggerSyntax.Call(logger, "Failure", error), complete, SyntaxFactory.ThrowStatement())
            : SyntaxFactory.Block(complete, SyntaxFactory.ThrowStatement());
        var wrapped = SyntaxFactory.TryStatement(
                SyntaxFactory.Block(guarded),
                SyntaxFactory.SingletonList(SyntaxFactory.CatchClause(
                    SyntaxFactory.CatchDeclaration(SyntaxFactory.ParseTypeName("System.Exception"), SyntaxFactory.Identifier(errorName)),
                    filter: null,
                    handler)),
                @finally: null)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var statements = block.Statements.Take(startIndex + 1).Append(wrapped);
        var newBlock = block.WithStatements(SyntaxFactory.List(statements));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(block, newBlock)));
    }

    private static bool StartsStep(StatementSyntax statement, string logger) =>
        statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<InvocationExpressionSyntax>()
            .Any(call => LoggerSyntax.ReceiverName(call) == logger &&
                         call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Step" });

    // "error", or "error1", "error2"… when the name is taken where the catch goes.
    private static string FreeName(SemanticModel model, int position, string name)
    {
        var candidate = name;
        for (var i = 1; model.LookupSymbols(position, name: candidate).Length > 0; i++)
        {
            candidate = name + i;
        }

        return candidate;
    }
}

using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace StepLog.Analyzers.Flow.Fixes;

/// <summary>
/// SL1002 and SL1003: declares the logger with <c>using</c> (disposal then logs INCOMPLETE on every way out), or — for
/// SL1002 — adds <c>op.Complete();</c> before the returns and the end of the body that lack it
/// (<c>op.Complete(ex);</c> before a rethrow in <c>catch (... ex)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OperationNotCompletedCodeFixProvider)), Shared]
public sealed class OperationNotCompletedCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Creates the fixes of SL1002, and the 'using' fix of SL1003.</summary>
    public OperationNotCompletedCodeFixProvider()
        : base(Descriptors.OperationNotCompleted, Descriptors.OperationNotExceptionSafe)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        var (diagnostic, root, model, token) = (request.Diagnostic, request.Root, request.Model, request.CancellationToken);
        if (request.DiagnosedInvocation() is not { } start ||
            start.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } ||
            model.GetSymbolInfo(receiver, token).Symbol is not ILocalSymbol local)
        {
            return;
        }

        if (Declaration(local, token) is { } declaration)
        {
            request.Offer("DeclareWithUsing", $"Declare '{local.Name}' with 'using'", () => root.ReplaceNode(declaration, DeclareWithUsing(declaration)));
        }

        if (diagnostic.Id == Descriptors.OperationNotCompleted.Id &&
            CompletionPoints.Find(start, local.Name, model, token) is { Count: > 0 } points)
        {
            var document = request.Document;
            request.Offer("AddComplete", $"Add '{local.Name}.Complete()' before the exits that lack it",
                cancellationToken => CompletionPoints.ApplyAsync(document, points, cancellationToken));
        }
    }

    /// <summary>The logger's declaration when 'using' can go on it: one variable, directly in a block.</summary>
    private static LocalDeclarationStatementSyntax? Declaration(ILocalSymbol local, CancellationToken token)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 ||
            local.DeclaringSyntaxReferences[0].GetSyntax(token) is not VariableDeclaratorSyntax declarator ||
            declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } variables ||
            variables.Parent is not LocalDeclarationStatementSyntax statement ||
            statement.UsingKeyword != default || statement.IsConst || statement.Parent is not BlockSyntax)
        {
            return null; // a using variable may not sit directly in a switch section, nor share its declaration
        }

        return statement;
    }

    private static LocalDeclarationStatementSyntax DeclareWithUsing(LocalDeclarationStatementSyntax declaration)
    {
        var usingKeyword = SyntaxFactory.Token(declaration.GetLeadingTrivia(), SyntaxKind.UsingKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration.WithoutLeadingTrivia().WithUsingKeyword(usingKeyword);
    }

    /// <summary>Where <c>Complete</c> goes: before exit statements, or at the end of the body.</summary>
    private static class CompletionPoints
    {
        /// <summary>
        /// Every return, rethrow and the reachable end of the body after the Start call that is not already preceded by
        /// Complete; null when some exit cannot be completed simply (a throw outside a catch, a return whose value
        /// would then be computed after Complete, a try/finally on the way), so that no half fix is offered.
        /// </summary>
        public static List<(StatementSyntax Exit, StatementSyntax Call, bool After)>? Find(InvocationExpressionSyntax start, string logger,
            SemanticModel model, CancellationToken token)
        {
            if (Body(start) is not { } body)
            {
                return null;
            }

            var points = new List<(StatementSyntax, StatementSyntax, bool)>();
            foreach (var node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node.SpanStart < start.Span.End)
                {
                    continue;
                }

                if (node is ThrowExpressionSyntax || (node is TryStatementSyntax { Finally: not null } tryStatement && tryStatement.SpanStart > start.SpanStart))
                {
                    return null;
                }

                if (node is ReturnStatementSyntax returnStatement)
                {
                    if (!LoggerSyntax.IsSimple(returnStatement.Expression))
                    {
                        return null;
                    }

                    if (!PrecededByComplete(returnStatement, logger))
                    {
                        points.Add((returnStatement, LoggerSyntax.Call(logger, "Complete"), false));
                    }
                }
                else if (node is ThrowStatementSyntax throwStatement && !IsCaughtInside(throwStatement, body))
                {
                    if (throwStatement.FirstAncestorOrSelf<CatchClauseSyntax>() is not { Declaration.Identifier.ValueText: { Length: > 0 } exception } ||
                        (throwStatement.Expression is { } thrown && thrown is not IdentifierNameSyntax))
                    {
                        return null;
                    }

                    if (!PrecededByComplete(throwStatement, logger))
                    {
                        points.Add((throwStatement, LoggerSyntax.Call(logger, "Complete", SyntaxFactory.Argument(SyntaxFactory.IdentifierName(exception))), false));
                    }
                }
            }

            if (body.Statements.LastOrDefault() is { } last && model.AnalyzeControlFlow(last)?.EndPointIsReachable == true &&
                !LoggerSyntax.IsCall(last, logger, "Complete"))
            {
                points.Add((last, LoggerSyntax.Call(logger, "Complete"), true));
            }

            return points;
        }

        public static async Task<Document> ApplyAsync(Document document, List<(StatementSyntax Exit, StatementSyntax Call, bool After)> points,
            CancellationToken token)
        {
            var editor = await DocumentEditor.CreateAsync(document, token).ConfigureAwait(false);
            foreach (var (exit, call, after) in points)
            {
                var annotated = call.WithAdditionalAnnotations(Formatter.Annotation);
                if (exit.Parent is not (BlockSyntax or SwitchSectionSyntax))
                {
                    // An embedded statement (if (x) return;) becomes a block holding the call and the exit.
                    editor.ReplaceNode(exit, SyntaxFactory.Block(annotated, exit.WithoutLeadingTrivia())
                        .WithLeadingTrivia(exit.GetLeadingTrivia()).WithAdditionalAnnotations(Formatter.Annotation));
                }
                else if (after)
                {
                    editor.InsertAfter(exit, annotated);
                }
                else
                {
                    editor.InsertBefore(exit, annotated);
                }
            }

            return editor.GetChangedDocument();
        }

        private static BlockSyntax? Body(SyntaxNode node)
        {
            for (var current = node.Parent; current is not null; current = current.Parent)
            {
                if (current is BlockSyntax block && block.Parent is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
                        or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax)
                {
                    return block;
                }

                if (current is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax)
                {
                    return null;
                }
            }

            return null;
        }

        private static bool PrecededByComplete(StatementSyntax statement, string logger)
        {
            if (LoggerSyntax.StatementsAround(statement) is not { } statements)
            {
                return false;
            }

            var index = statements.IndexOf(statement);
            return index > 0 && LoggerSyntax.IsCall(statements[index - 1], logger, "Complete");
        }

        /// <summary>A throw inside the try block of a try/catch of the same body is caught there: not an exit.</summary>
        private static bool IsCaughtInside(ThrowStatementSyntax throwStatement, BlockSyntax body)
        {
            for (SyntaxNode? current = throwStatement; current is not null && current != body; current = current.Parent)
            {
                if (current.Parent is TryStatementSyntax { Catches.Count: > 0 } tryStatement && current == tryStatement.Block)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

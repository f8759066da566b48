using System.Collections.Generic;
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
/// SL1001: ends a step that is never ended in its own statement list — adds <c>op.Success();</c> after the step's
/// last statement (before the next Step or Complete, a return, break, continue or goto, or at the end of the list), or
/// wraps the step's statements in try/catch that logs Success or Failure. No fix when the step is ended in its list but
/// not on some nested path (an early return inside an if), or when a throw or a computed return ends the list: the right
/// place is then the user's call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StepNotEndedCodeFixProvider)), Shared]
public sealed class StepNotEndedCodeFixProvider : StepLogCodeFixProvider
{
    /// <summary>Creates the fixes of SL1001.</summary>
    public StepNotEndedCodeFixProvider()
        : base(Descriptors.StepNotEnded)
    {
    }

    private protected override void RegisterFixes(FixRequest request)
    {
        if (request.DiagnosedInvocation() is not { } invocation || FindStep(invocation) is not { } step)
        {
            return;
        }

        var (root, logger) = (request.Root, step.Logger);
        request.Offer("AddSuccess", $"Add '{logger}.Success();' at the end of the step", () => Replace(root, step.List, AddSuccess(step)));
        if (step.Count > 0 && !DeclaresWhatFollowingStatementsUse(step))
        {
            request.Offer("WrapInTryCatch", $"Wrap the step in try/catch that calls '{logger}.Success()' or '{logger}.Failure(ex)'",
                () => Replace(root, step.List, WrapInTryCatch(step)));
        }
    }

    /// <summary>
    /// The Step statement (the diagnosed call's) and the statements that make up the step: those after it up to the next Step or Complete
    /// on the logger, a return or throw, or the end of the list. Null when the step cannot be fixed here.
    /// </summary>
    private static StepStatements? FindStep(InvocationExpressionSyntax invocation)
    {
        if (LoggerSyntax.ReceiverName(invocation) is not { } logger ||
            invocation.Parent is not ExpressionStatementSyntax statement ||
            LoggerSyntax.StatementsAround(statement) is not { } statements)
        {
            return null;
        }

        var first = statements.IndexOf(statement) + 1;
        var end = first;
        for (; end < statements.Count; end++)
        {
            var next = statements[end];
            if (next is ThrowStatementSyntax || next is ReturnStatementSyntax { Expression: { } value } && !LoggerSyntax.IsSimple(value))
            {
                return null; // Success right before a throw is wrong, and before 'return Compute()' it comes before the work
            }

            if (LoggerSyntax.IsCall(next, logger, "Step", "Complete") ||
                next is ReturnStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax ||
                next is YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement })
            {
                break;
            }

            if (LoggerSyntax.Mentions(next, logger) || LoggerSyntax.Jumps(next) || next is LocalFunctionStatementSyntax)
            {
                return null; // the step is ended, or left, somewhere inside: adding Success here could end it twice
            }
        }

        return new StepStatements(statement.Parent!, statements, logger, first, end - first);
    }

    private static SyntaxList<StatementSyntax> AddSuccess(StepStatements step) =>
        step.Statements.Insert(step.First + step.Count,
            LoggerSyntax.Call(step.Logger, "Success").WithAdditionalAnnotations(Formatter.Annotation));

    private static SyntaxList<StatementSyntax> WrapInTryCatch(StepStatements step)
    {
        var body = step.Statements.Skip(step.First).Take(step.Count).ToList();
        var leading = body[0].GetLeadingTrivia();
        body[0] = body[0].WithLeadingTrivia(SyntaxFactory.ElasticMarker);
        body.Add(LoggerSyntax.Call(step.Logger, "Success"));

        var exception = FreeName(step.List, "ex", "exception", "stepException");
        var handler = SyntaxFactory.CatchClause(
            SyntaxFactory.CatchDeclaration(SyntaxFactory.ParseTypeName("System.Exception"), SyntaxFactory.Identifier(exception)),
            null,
            SyntaxFactory.Block(
                LoggerSyntax.Call(step.Logger, "Failure", SyntaxFactory.Argument(SyntaxFactory.IdentifierName(exception))),
                SyntaxFactory.ThrowStatement()));
        var tryStatement = SyntaxFactory.TryStatement(SyntaxFactory.Block(body), SyntaxFactory.SingletonList(handler), null)
            .WithLeadingTrivia(leading)
            .WithAdditionalAnnotations(Formatter.Annotation);

        var statements = step.Statements;
        for (var i = 0; i < step.Count; i++)
        {
            statements = statements.RemoveAt(step.First);
        }

        return statements.Insert(step.First, tryStatement);
    }

    /// <summary>Locals declared in the step and used after it would fall out of scope inside the try block.</summary>
    private static bool DeclaresWhatFollowingStatementsUse(StepStatements step)
    {
        var declared = new HashSet<string>();
        for (var i = step.First; i < step.First + step.Count; i++)
        {
            foreach (var node in step.Statements[i].DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax variable:
                        declared.Add(variable.Identifier.ValueText);
                        break;
                    case SingleVariableDesignationSyntax designation:
                        declared.Add(designation.Identifier.ValueText);
                        break;
                }
            }
        }

        for (var i = step.First + step.Count; i < step.Statements.Count && declared.Count > 0; i++)
        {
            if (step.Statements[i].DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => declared.Contains(name.Identifier.ValueText)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="candidates"/> that nothing in the enclosing member declares.</summary>
    private static string FreeName(SyntaxNode near, params string[] candidates)
    {
        var member = near.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? near;
        var taken = new HashSet<string>(member.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText));
        return candidates.FirstOrDefault(name => !taken.Contains(name)) ?? candidates[candidates.Length - 1] + "1";
    }

    private static SyntaxNode Replace(SyntaxNode root, SyntaxNode list, SyntaxList<StatementSyntax> statements) =>
        root.ReplaceNode(list, LoggerSyntax.WithStatements(list, statements));

    private sealed class StepStatements
    {
        public StepStatements(SyntaxNode list, SyntaxList<StatementSyntax> statements, string logger, int first, int count)
        {
            List = list;
            Statements = statements;
            Logger = logger;
            First = first;
            Count = count;
        }

        /// <summary>The block or switch section.</summary>
        public SyntaxNode List { get; }

        public SyntaxList<StatementSyntax> Statements { get; }

        public string Logger { get; }

        /// <summary>Index of the step's first statement (the one after the Step call).</summary>
        public int First { get; }

        public int Count { get; }
    }
}

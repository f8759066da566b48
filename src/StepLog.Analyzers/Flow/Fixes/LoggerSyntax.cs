using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Flow.Fixes;

/// <summary>Syntax helpers the flow fixes share: which statement calls what on the logger.</summary>
internal static class LoggerSyntax
{
    /// <summary>The logger's name in <c>op.Method(...)</c>, when the receiver is a plain identifier.</summary>
    public static string? ReceiverName(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } ? receiver.Identifier.ValueText : null;

    /// <summary>Whether <paramref name="statement"/> is <c>logger.Method(...);</c> with one of <paramref name="methods"/>.</summary>
    public static bool IsCall(StatementSyntax statement, string logger, params string[] methods) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation } &&
        invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } member &&
        receiver.Identifier.ValueText == logger && System.Array.IndexOf(methods, member.Name.Identifier.ValueText) >= 0;

    /// <summary>Whether <paramref name="node"/> mentions <paramref name="logger"/> anywhere.</summary>
    public static bool Mentions(SyntaxNode node, string logger)
    {
        foreach (var identifier in node.DescendantNodesAndSelf())
        {
            if (identifier is IdentifierNameSyntax name && name.Identifier.ValueText == logger)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="node"/> leaves the statement list some other way than falling through.</summary>
    public static bool Jumps(SyntaxNode node)
    {
        foreach (var descendant in node.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (descendant is ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or BreakStatementSyntax
                or ContinueStatementSyntax or GotoStatementSyntax or YieldStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>logger.Method(arguments);</c> as a statement.</summary>
    public static StatementSyntax Call(string logger, string method, params ArgumentSyntax[] arguments) =>
        SyntaxFactory.ExpressionStatement(
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName(logger), SyntaxFactory.IdentifierName(method)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments))));

    /// <summary>The statements of the list <paramref name="statement"/> sits in (a block or a switch section).</summary>
    public static SyntaxList<StatementSyntax>? StatementsAround(StatementSyntax statement) => statement.Parent switch
    {
        BlockSyntax block => block.Statements,
        SwitchSectionSyntax section => section.Statements,
        _ => null,
    };

    public static SyntaxNode WithStatements(SyntaxNode list, SyntaxList<StatementSyntax> statements) => list switch
    {
        BlockSyntax block => block.WithStatements(statements),
        SwitchSectionSyntax section => section.WithStatements(statements),
        _ => list,
    };

    /// <summary>A return value whose evaluation does no work: moving a logger call before it changes no order.</summary>
    public static bool IsSimple(ExpressionSyntax? expression) => expression switch
    {
        null => true,
        LiteralExpressionSyntax or IdentifierNameSyntax or ThisExpressionSyntax or DefaultExpressionSyntax => true,
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax } => true,
        _ => false,
    };
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// SL1006: a constant step name passed to <c>StepLogger.Step</c> that says nothing about the work ("Step 1", "Do work").
/// Judges every Step call, whatever the logger is: the name alone decides.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VagueStepNameAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.VagueStepName);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (StepLoggerApi.TryCreate(start.Compilation) is not { } api)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, api), SyntaxKind.InvocationExpression);
        });
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, StepLoggerApi api)
    {
        // Almost every name is a descriptive literal: judge the text first and bind only a call whose name is vague
        // (or is not a literal, so may be a constant), which is where binding decides whether it is StepLogger.Step.
        var syntax = (InvocationExpressionSyntax)context.Node;
        if (MethodName(syntax) != "Step" || NameArgument(syntax.ArgumentList) is not { } nameSyntax ||
            !MayBeVague(nameSyntax, context.SemanticModel, context.CancellationToken) ||
            context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation ||
            api.Classify(invocation.TargetMethod) != LoggerCallKind.Step)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue is { HasValue: true, Value: string name } &&
                VagueStepNames.IsVague(name))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.VagueStepName, argument.Value.Syntax.GetLocation(), name));
                return;
            }
        }
    }

    private static string? MethodName(InvocationExpressionSyntax syntax) => syntax.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The argument that <c>Step(int number, string name, ...)</c> binds to <c>name</c>: the one named so, else the second
    /// positional one. Binding confirms it; this only decides whether binding is worth it.
    /// </summary>
    private static ExpressionSyntax? NameArgument(ArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == "name")
            {
                return argument.Expression;
            }
        }

        return arguments.Arguments.Count > 1 && arguments.Arguments[1].NameColon is null ? arguments.Arguments[1].Expression : null;
    }

    /// <summary>A string literal is judged by its text; anything else by its constant value, when it has one.</summary>
    private static bool MayBeVague(ExpressionSyntax name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (name is LiteralExpressionSyntax literal)
        {
            return literal.IsKind(SyntaxKind.StringLiteralExpression) && VagueStepNames.IsVague(literal.Token.ValueText);
        }

        return model.GetConstantValue(name, cancellationToken) is { HasValue: true, Value: string constant } && VagueStepNames.IsVague(constant);
    }
}

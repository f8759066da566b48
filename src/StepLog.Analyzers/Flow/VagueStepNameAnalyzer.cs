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
        // Only calls spelled '.Step(' are bound: cheaper than binding every invocation of the compilation.
        var syntax = (InvocationExpressionSyntax)context.Node;
        var method = syntax.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };
        if (method?.Identifier.ValueText != "Step" ||
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
}

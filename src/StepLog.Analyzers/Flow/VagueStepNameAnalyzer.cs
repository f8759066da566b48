using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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

            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, api), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, StepLoggerApi api)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (api.Classify(invocation.TargetMethod) != LoggerCallKind.Step)
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

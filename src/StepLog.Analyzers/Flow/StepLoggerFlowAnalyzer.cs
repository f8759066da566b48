using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// SL1001-SL1005: follows every <c>StepLogger</c> local created in a function body along its control flow graph and
/// reports steps left without Success/Failure/Skip, operations left without Complete, steps out of order and ends
/// without a step. Each lambda and local function is its own body.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StepLoggerFlowAnalyzer : DiagnosticAnalyzer
{
    private const string EndOfMethod = "the end of the method";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.StepNotEnded,
        Descriptors.OperationNotCompleted,
        Descriptors.OperationNotExceptionSafe,
        Descriptors.StepOutOfOrder,
        Descriptors.EndWithoutStep);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (StepLoggerApi.TryCreate(start.Compilation) is not { } api)
            {
                return; // the compilation does not use StepLog
            }

            start.RegisterCodeBlockAction(block => AnalyzeCodeBlock(block, api));
        });
    }

    private static void AnalyzeCodeBlock(CodeBlockAnalysisContext context, StepLoggerApi api)
    {
        // Binding a body into operations costs far more than reading its text: only bodies that spell the type are bound.
        if (!LoggerTypeMention.In(context.CodeBlock, context.CancellationToken) ||
            context.SemanticModel.GetOperation(context.CodeBlock, context.CancellationToken) is not { } operation)
        {
            return;
        }

        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        // Building the graph costs most of the analysis; a body that plainly keeps the rules does without one.
        if (TrackedLoggerCollector.Collect(root, api) is not { } tracked || CleanFlowProof.IsClean(root, tracked.Values, api) ||
            CreateGraph(root, context.CancellationToken) is not { } graph)
        {
            return;
        }

        var findings = new FlowFindings();
        Walk(graph, tracked, api, findings, EndOfMethod);
        findings.ReportTo(context.ReportDiagnostic);
    }

    private static ControlFlowGraph? CreateGraph(IOperation root, System.Threading.CancellationToken token) => root switch
    {
        IMethodBodyOperation body => ControlFlowGraph.Create(body, token),
        IConstructorBodyOperation body => ControlFlowGraph.Create(body, token),
        IBlockOperation block => ControlFlowGraph.Create(block, token),
        IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer, token),
        IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer, token),
        IParameterInitializerOperation initializer => ControlFlowGraph.Create(initializer, token),
        _ => null,
    };

    /// <summary>Runs every tracked logger of <paramref name="graph"/>, then the graphs of its lambdas and local functions.</summary>
    private static void Walk(ControlFlowGraph graph, Dictionary<ILocalSymbol, TrackedLogger> tracked, StepLoggerApi api,
        FlowFindings findings, string endOfBody)
    {
        var loggers = new List<TrackedLogger>();
        var lambdas = new List<IFlowAnonymousFunctionOperation>();
        foreach (var block in graph.Blocks)
        {
            foreach (var operation in Operations(block))
            {
                foreach (var node in operation.DescendantsAndSelf())
                {
                    if (node is ILocalReferenceOperation reference && tracked.TryGetValue(reference.Local, out var logger) && !loggers.Contains(logger))
                    {
                        loggers.Add(logger);
                    }
                    else if (node is IFlowAnonymousFunctionOperation lambda)
                    {
                        lambdas.Add(lambda);
                    }
                }
            }
        }

        foreach (var logger in loggers)
        {
            LoggerFlowWalker.Run(graph, logger, api, findings, endOfBody);
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            Walk(graph.GetLocalFunctionControlFlowGraph(localFunction), tracked, api, findings, "the end of the local function");
        }

        foreach (var lambda in lambdas)
        {
            Walk(graph.GetAnonymousFunctionControlFlowGraph(lambda), tracked, api, findings, "the end of the lambda");
        }
    }

    private static IEnumerable<IOperation> Operations(BasicBlock block)
    {
        foreach (var operation in block.Operations)
        {
            yield return operation;
        }

        if (block.BranchValue is { } branchValue)
        {
            yield return branchValue;
        }
    }
}

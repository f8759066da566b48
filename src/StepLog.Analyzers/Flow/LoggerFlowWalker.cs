using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// Runs one logger's abstract state over one control flow graph with a worklist of (block, fact) pairs and tells
/// <see cref="FlowFindings"/> what it sees. Exceptions: an explicit throw or a call that may throw sends the state of that
/// point to the catch handlers of the enclosing try (or through its finally); only explicit throws count as exits for
/// SL1001/SL1002, any throw that leaves the function counts for SL1003.
/// </summary>
internal sealed partial class LoggerFlowWalker
{
    private readonly ControlFlowGraph _graph;
    private readonly TrackedLogger _logger;
    private readonly StepLoggerApi _api;
    private readonly FlowFindings _findings;
    private readonly string _endOfBody;
    private readonly HashSet<CaptureId> _loggerCaptures = new();
    private readonly HashSet<(int Block, LoggerFact Fact)> _seen = new();
    private readonly Queue<(BasicBlock Block, LoggerFact Fact)> _work = new();

    private LoggerFlowWalker(ControlFlowGraph graph, TrackedLogger logger, StepLoggerApi api, FlowFindings findings, string endOfBody)
    {
        _graph = graph;
        _logger = logger;
        _api = api;
        _findings = findings;
        _endOfBody = endOfBody;
    }

    public static void Run(ControlFlowGraph graph, TrackedLogger logger, StepLoggerApi api, FlowFindings findings, string endOfBody)
    {
        var walker = new LoggerFlowWalker(graph, logger, api, findings, endOfBody);
        walker.FindLoggerCaptures();
        walker.Enqueue(graph.Blocks[0], LoggerFact.Unborn);
        while (walker._work.Count > 0)
        {
            var (block, fact) = walker._work.Dequeue();
            walker.RunBlock(block, fact);
        }
    }

    /// <summary>A receiver spilled into a flow capture (when an argument has control flow) still names the logger.</summary>
    private void FindLoggerCaptures()
    {
        foreach (var block in _graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                if (operation is IFlowCaptureOperation capture && IsLogger(capture.Value))
                {
                    _loggerCaptures.Add(capture.Id);
                }
            }
        }
    }

    private bool IsLogger(IOperation? operation) => StepLoggerApi.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, _logger.Local),
        IFlowCaptureReferenceOperation capture => _loggerCaptures.Contains(capture.Id),
        _ => false,
    };

    private void Enqueue(BasicBlock block, LoggerFact fact)
    {
        if (_seen.Add((block.Ordinal, fact)))
        {
            _work.Enqueue((block, fact));
        }
    }

    private void RunBlock(BasicBlock block, LoggerFact fact)
    {
        if (block.Kind == BasicBlockKind.Exit)
        {
            return;
        }

        foreach (var operation in block.Operations)
        {
            fact = Transfer(block, operation, fact);
        }

        var throws = block.FallThroughSuccessor?.Semantics is ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow;
        if (block.BranchValue is { } branchValue && !throws && MayThrow(branchValue))
        {
            PropagateException(block.EnclosingRegion, fact.AsExceptional(), explicitThrow: false);
        }

        // A constant condition (while (true)) takes one branch only: the other is no path.
        bool? conditionalTaken = block.ConditionalSuccessor is not null && block.BranchValue?.ConstantValue is { HasValue: true, Value: bool value }
            ? value == (block.ConditionKind == ControlFlowConditionKind.WhenTrue)
            : null;
        if (block.ConditionalSuccessor is { } conditional && conditionalTaken != false)
        {
            Follow(block, conditional, fact);
        }

        if (block.FallThroughSuccessor is { } fallThrough && conditionalTaken != true)
        {
            Follow(block, fallThrough, fact);
        }
    }

    private LoggerFact Transfer(BasicBlock block, IOperation operation, LoggerFact fact)
    {
        var statement = operation is IExpressionStatementOperation expression ? expression.Operation : operation;
        if (statement is IInvocationOperation invocation && invocation.Instance is not null && IsLogger(invocation.Instance))
        {
            return Call(invocation, _api.Classify(invocation.TargetMethod), fact);
        }

        if (statement is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } &&
            SymbolEqualityComparer.Default.Equals(target.Local, _logger.Local))
        {
            if (fact.Phase == OperationPhase.Started && !_logger.IsUsing)
            {
                _findings.OperationNotCompleted(_logger, fact.Start!, "the next pass of the loop");
            }

            return fact.Created();
        }

        if (MayThrow(operation))
        {
            PropagateException(block.EnclosingRegion, fact.AsExceptional(), explicitThrow: false);
        }

        return fact;
    }

    private LoggerFact Call(IInvocationOperation call, LoggerCallKind kind, LoggerFact fact)
    {
        switch (kind)
        {
            case LoggerCallKind.Start:
                return fact.Phase == OperationPhase.NotStarted ? fact.WithOperation(OperationPhase.Started, call) : fact;

            case LoggerCallKind.Step:
                if (fact.StepPhase == StepPhase.InStep && !InFinallyOfException(fact))
                {
                    _findings.StepNotEnded(_logger, fact.Step!, "the next Step");
                }

                var number = StepLoggerApi.ConstantArgument(call, "number") is int n ? n : -1;
                if (number > 0 && _logger.TotalSteps > 0 && number > _logger.TotalSteps)
                {
                    _findings.StepOverTotal(call, number, _logger);
                }
                else if (number > 0 && fact.Number > 0 && number != fact.Number + 1)
                {
                    _findings.StepOutOfOrder(call, number, fact.Number);
                }

                return fact.WithStep(StepPhase.InStep, call, number, exceptional: false);

            case LoggerCallKind.Success:
            case LoggerCallKind.Failure:
            case LoggerCallKind.Skip:
                if (!fact.Exceptional && fact.StepPhase != StepPhase.InStep)
                {
                    _findings.EndWithoutStep(_logger, call, kind, fact.StepPhase == StepPhase.StepEnded ? fact.Number : (int?)null);
                }

                return fact.WithStep(StepPhase.StepEnded, fact.Step, fact.Number, fact.Exceptional);

            case LoggerCallKind.Complete:
                if (fact.StepPhase == StepPhase.InStep && !InFinallyOfException(fact))
                {
                    _findings.StepNotEnded(_logger, fact.Step!, "Complete");
                }

                return fact.WithOperation(OperationPhase.Ended, fact.Start);

            case LoggerCallKind.Dispose:
                // An explicit Dispose (or using's) logs INCOMPLETE: the user chose it, like a using declaration.
                return fact.WithOperation(OperationPhase.Ended, fact.Start);

            default:
                return fact;
        }
    }

    private void Follow(BasicBlock source, ControlFlowBranch branch, LoggerFact fact)
    {
        switch (branch.Semantics)
        {
            case ControlFlowBranchSemantics.Regular:
            case ControlFlowBranchSemantics.Return:
                if (branch.Destination is null)
                {
                    return;
                }

                if (!branch.FinallyRegions.IsEmpty)
                {
                    var region = branch.FinallyRegions[0];
                    EnterFinally(region, fact.WithContinuation(new FinallyContinuation(region, branch, 1, null, false, fact.Continuation)));
                    return;
                }

                Deliver(branch, fact);
                return;

            case ControlFlowBranchSemantics.Throw:
            case ControlFlowBranchSemantics.Rethrow:
                PropagateException(source.EnclosingRegion, fact.AsExceptional(), explicitThrow: true);
                return;

            case ControlFlowBranchSemantics.StructuredExceptionHandling:
                EndFinally(source, fact);
                return;

            default:
                // Error, ProgramTermination, None: nothing the rules can judge.
                return;
        }
    }

    private void Deliver(ControlFlowBranch branch, LoggerFact fact)
    {
        var destination = branch.Destination!;
        if (destination.Kind == BasicBlockKind.Exit)
        {
            // The graph marks only 'return value;' as Return: a bare 'return;' and the end of the body look alike.
            ReachExit(fact, branch.Semantics == ControlFlowBranchSemantics.Return ? "a return" : "a return or " + _endOfBody);
            return;
        }

        Enqueue(destination, fact);
    }

    private void ReachExit(LoggerFact fact, string where)
    {
        if (fact.StepPhase == StepPhase.InStep)
        {
            _findings.StepNotEnded(_logger, fact.Step!, where);
        }

        if (fact.Phase == OperationPhase.Started && !_logger.IsUsing)
        {
            _findings.OperationNotCompleted(_logger, fact.Start!, where);
        }
    }
}

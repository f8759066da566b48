using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>How a logger's state crosses the regions of the graph: finally blocks, and exceptions to their handlers.</summary>
internal sealed partial class LoggerFlowWalker
{
    private void EnterFinally(ControlFlowRegion region, LoggerFact fact) => Enqueue(_graph.Blocks[region.FirstBlockOrdinal], fact);

    /// <summary>The end of a finally region: carry on where the path that entered it was going.</summary>
    private void EndFinally(BasicBlock source, LoggerFact fact)
    {
        var continuation = fact.Continuation;
        if (continuation is null || !IsInside(source.EnclosingRegion, continuation.Region))
        {
            return; // the end of a filter (the exception goes on searching): not followed
        }

        var next = fact.WithContinuation(continuation.Outer);
        if (continuation.Branch is null)
        {
            PropagateException(continuation.PropagateFrom!.EnclosingRegion, next, continuation.ExplicitThrow);
            return;
        }

        var finallies = continuation.Branch.FinallyRegions;
        if (continuation.NextFinally < finallies.Length)
        {
            var region = finallies[continuation.NextFinally];
            EnterFinally(region, next.WithContinuation(new FinallyContinuation(region, continuation.Branch, continuation.NextFinally + 1, null, false, continuation.Outer)));
            return;
        }

        Deliver(continuation.Branch, next);
    }

    private void PropagateException(ControlFlowRegion? region, LoggerFact fact, bool explicitThrow)
    {
        for (; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind == ControlFlowRegionKind.Finally && fact.Continuation is { } pending && ReferenceEquals(pending.Region, region))
            {
                fact = fact.WithContinuation(pending.Outer); // the exception leaves this finally before its end
            }

            if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } parent)
            {
                continue;
            }

            if (parent.Kind == ControlFlowRegionKind.TryAndCatch)
            {
                // Assume a handler catches it: going on to the caller as well would guess at exception types.
                for (var i = 1; i < parent.NestedRegions.Length; i++)
                {
                    Enqueue(_graph.Blocks[parent.NestedRegions[i].FirstBlockOrdinal], fact);
                }

                return;
            }

            if (parent.Kind == ControlFlowRegionKind.TryAndFinally && parent.NestedRegions.Length > 1)
            {
                var finallyRegion = parent.NestedRegions[1];
                EnterFinally(finallyRegion, fact.WithContinuation(new FinallyContinuation(finallyRegion, null, 0, parent, explicitThrow, fact.Continuation)));
                return;
            }
        }

        if (explicitThrow)
        {
            ReachExit(fact, "a throw");
        }
        else if (fact.Phase == OperationPhase.Started && !_logger.IsUsing)
        {
            _findings.OperationNotExceptionSafe(_logger, fact.Start!);
        }
    }

    /// <summary>
    /// Whether the path runs a finally because an exception propagates: there the step cannot be given its Failure
    /// (no exception object), so Complete in <c>finally</c> is not judged by SL1001 — catch handlers are.
    /// </summary>
    private static bool InFinallyOfException(LoggerFact fact)
    {
        for (var continuation = fact.Continuation; continuation is not null; continuation = continuation.Outer)
        {
            if (continuation.Branch is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(ControlFlowRegion? region, ControlFlowRegion ancestor)
    {
        for (; region is not null; region = region.EnclosingRegion)
        {
            if (ReferenceEquals(region, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private bool MayThrow(IOperation operation) => _api.MayThrow(operation);
}

using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>Where the operation of a logger stands on one path.</summary>
internal enum OperationPhase : byte
{
    /// <summary>Before the declaration ran (the entry of the function, or the top of a loop before it).</summary>
    Unborn,
    NotStarted,
    Started,
    /// <summary>Completed or disposed: nothing left to end.</summary>
    Ended,
}

/// <summary>Where the current step of a logger stands on one path.</summary>
internal enum StepPhase : byte
{
    /// <summary>No step begun since the operation was created.</summary>
    None,
    InStep,
    /// <summary>The last step was ended by Success, Failure or Skip.</summary>
    StepEnded,
}

/// <summary>
/// One abstract state of one logger on one path — the lattice element is a set of these. Every transfer maps one fact
/// to one fact, so the analysis runs fact by fact (a fact carries the path's pending <c>finally</c> continuations,
/// which keeps paths through a shared <c>finally</c> apart).
/// </summary>
internal readonly struct LoggerFact : IEquatable<LoggerFact>
{
    public LoggerFact(OperationPhase phase, IInvocationOperation? start, StepPhase stepPhase, IInvocationOperation? step,
        int number, bool exceptional, FinallyContinuation? continuation)
    {
        Phase = phase;
        Start = start;
        StepPhase = stepPhase;
        Step = step;
        Number = number;
        Exceptional = exceptional;
        Continuation = continuation;
    }

    public static LoggerFact Unborn => new(OperationPhase.Unborn, null, StepPhase.None, null, 0, false, null);

    public OperationPhase Phase { get; }

    /// <summary>The Start call of a started operation.</summary>
    public IInvocationOperation? Start { get; }

    public StepPhase StepPhase { get; }

    /// <summary>The Step call in progress (InStep) or last ended (StepEnded).</summary>
    public IInvocationOperation? Step { get; }

    /// <summary>The constant number of the last step; 0 before any, -1 when not constant.</summary>
    public int Number { get; }

    /// <summary>The path went through an exception since the last step began: SL1005 does not judge it.</summary>
    public bool Exceptional { get; }

    public FinallyContinuation? Continuation { get; }

    public LoggerFact WithOperation(OperationPhase phase, IInvocationOperation? start) =>
        new(phase, start, StepPhase, Step, Number, Exceptional, Continuation);

    public LoggerFact WithStep(StepPhase stepPhase, IInvocationOperation? step, int number, bool exceptional) =>
        new(Phase, Start, stepPhase, step, number, exceptional, Continuation);

    public LoggerFact AsExceptional() => new(Phase, Start, StepPhase, Step, Number, true, Continuation);

    public LoggerFact WithContinuation(FinallyContinuation? continuation) =>
        new(Phase, Start, StepPhase, Step, Number, Exceptional, continuation);

    /// <summary>A fresh logger from its declaration; the path's pending continuations stay.</summary>
    public LoggerFact Created() => new(OperationPhase.NotStarted, null, StepPhase.None, null, 0, false, Continuation);

    public bool Equals(LoggerFact other) =>
        Phase == other.Phase && ReferenceEquals(Start, other.Start) && StepPhase == other.StepPhase &&
        ReferenceEquals(Step, other.Step) && Number == other.Number && Exceptional == other.Exceptional &&
        Equals(Continuation, other.Continuation);

    public override bool Equals(object? obj) => obj is LoggerFact other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = ((int)Phase * 31 + (int)StepPhase) * 31 + Number;
            hash = hash * 31 + (Start?.GetHashCode() ?? 0);
            hash = hash * 31 + (Step?.GetHashCode() ?? 0);
            hash = hash * 31 + (Exceptional ? 1 : 0);
            return hash * 31 + (Continuation?.GetHashCode() ?? 0);
        }
    }
}

/// <summary>
/// What a path does when the <c>finally</c> region it runs ends: go on to the next finally of a branch, reach the
/// branch's destination, or keep propagating an exception. A stack (Outer) for nested finally regions.
/// </summary>
internal sealed class FinallyContinuation : IEquatable<FinallyContinuation>
{
    public FinallyContinuation(ControlFlowRegion region, ControlFlowBranch? branch, int nextFinally,
        ControlFlowRegion? propagateFrom, bool explicitThrow, FinallyContinuation? outer)
    {
        Region = region;
        Branch = branch;
        NextFinally = nextFinally;
        PropagateFrom = propagateFrom;
        ExplicitThrow = explicitThrow;
        Outer = outer;
    }

    /// <summary>The finally region being run.</summary>
    public ControlFlowRegion Region { get; }

    /// <summary>The branch that left its try (normal flow); null when an exception is propagating.</summary>
    public ControlFlowBranch? Branch { get; }

    public int NextFinally { get; }

    /// <summary>The try/finally region an exception goes on propagating out of.</summary>
    public ControlFlowRegion? PropagateFrom { get; }

    public bool ExplicitThrow { get; }

    public FinallyContinuation? Outer { get; }

    public bool Equals(FinallyContinuation? other) =>
        other is not null && ReferenceEquals(Region, other.Region) && ReferenceEquals(Branch, other.Branch) &&
        NextFinally == other.NextFinally && ReferenceEquals(PropagateFrom, other.PropagateFrom) &&
        ExplicitThrow == other.ExplicitThrow && Equals(Outer, other.Outer);

    public override bool Equals(object? obj) => obj is FinallyContinuation other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Region.GetHashCode() * 31 + (Branch?.GetHashCode() ?? 0);
            hash = hash * 31 + NextFinally;
            hash = hash * 31 + (PropagateFrom?.GetHashCode() ?? 0);
            hash = hash * 31 + (ExplicitThrow ? 1 : 0);
            return hash * 31 + (Outer?.GetHashCode() ?? 0);
        }
    }
}

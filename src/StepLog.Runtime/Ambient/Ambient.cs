using System;
using System.Runtime.CompilerServices;
using System.Threading;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// The ambient operation: the innermost operation started and not completed around the code that runs now, whose depth
/// nested lines take. It lives in two places:
/// <list type="bullet">
/// <item>the flow (an <see cref="AsyncLocal{T}"/>) holds a <see cref="StepLogger"/> or the frame of a generated async
/// operation: what must follow the code across <c>await</c>;</item>
/// <item>the thread holds a generated synchronous operation for the duration of its call: it is known at compile time
/// to finish before it returns, so it needs no object and no flow, and the wrapper restores the caller's frame in
/// <c>finally</c>.</item>
/// </list>
/// The thread's frame is the innermost one while the flow is still the one it was entered under; an operation started
/// in the flow inside it (a <see cref="StepLogger"/>) is innermost until it completes.
/// </summary>
internal static class Ambient
{
    private static readonly AsyncLocal<object?> Flow = new();

    /// <summary>The depth of the innermost operation; -1 outside any.</summary>
    public static int Depth => DepthWith(Flow.Value);

    /// <summary><see cref="Depth"/> for a caller that has read <see cref="FlowValue"/> already: the flow is read once.</summary>
    public static int DepthWith(object? flowValue)
    {
        var flow = Live(flowValue);
        var thread = ThreadState.Current;
        return thread.Operation is not null && ReferenceEquals(thread.Flow, flow) ? thread.Depth : DepthOf(flow);
    }

    /// <summary>The depth of a step's lines logged now: that of the innermost operation, 0 outside any.</summary>
    public static int StepDepth => Math.Max(0, Depth);

    /// <summary>The innermost operation if it is a <see cref="StepLogger"/>; null outside any, or in a generated one.</summary>
    public static StepLogger? CurrentLogger
    {
        get
        {
            var flow = LiveFlow();
            var thread = ThreadState.Current;
            return thread.Operation is not null && ReferenceEquals(thread.Flow, flow) ? null : flow as StepLogger;
        }
    }

    /// <summary>The name of the innermost operation; null outside any.</summary>
    public static string? OperationName
    {
        get
        {
            var flow = LiveFlow();
            var thread = ThreadState.Current;
            if (thread.Operation is not null && ReferenceEquals(thread.Flow, flow))
            {
                return thread.Operation.Name;
            }

            return flow switch
            {
                StepLogger logger => logger.OperationName,
                FlowFrame frame => frame.Operation.Name,
                _ => null,
            };
        }
    }

    /// <summary>The id and subject of the innermost operation; the default value outside any, or in one that keeps none.</summary>
    public static RunIdentity Identity
    {
        get
        {
            StepContext(out var identity);
            return identity;
        }
    }

    /// <summary>
    /// What a step line logged now takes from the innermost operation: its depth (0 outside any), and its id and subject.
    /// One read of the flow for both, since every generated step needs both.
    /// </summary>
    public static int StepContext(out RunIdentity identity)
    {
        var flow = LiveFlow();
        var thread = ThreadState.Current;
        if (thread.Operation is not null && ReferenceEquals(thread.Flow, flow))
        {
            identity = thread.Identity;
            return Math.Max(0, thread.Depth);
        }

        identity = flow switch
        {
            StepLogger logger => logger.Identity,
            FlowFrame frame => frame.Identity,
            _ => default,
        };
        return Math.Max(0, DepthOf(flow));
    }

    /// <summary>The flow's operation as it is now, for an operation that enters the flow to come back to.</summary>
    public static object? FlowValue => Flow.Value;

    /// <summary>Makes <paramref name="operation"/> (a <see cref="StepLogger"/> or a <see cref="FlowFrame"/>) the flow's operation.</summary>
    public static void EnterFlow(object operation) => Flow.Value = operation;

    /// <summary>
    /// Gives the flow back to the caller when <paramref name="operation"/> is still its operation: the caller's own
    /// execution context if nothing else changed it, else the slot set to <paramref name="parent"/>. An operation that
    /// completed out of order is never the flow's operation again.
    /// </summary>
    public static void ExitFlow(object operation, object? parent, in ContextSwitch context)
    {
        if (!ReferenceEquals(Flow.Value, operation))
        {
            return;
        }

        if (!context.TryRestoreCaller())
        {
            Flow.Value = Live(parent);
            return;
        }

        // The caller's context may hold an operation that completed meanwhile (a.Start(); b.Start(); a.Complete(); b.Complete()).
        var restored = Flow.Value;
        var live = Live(restored);
        if (!ReferenceEquals(restored, live))
        {
            Flow.Value = live;
        }
    }

    /// <summary>Makes a generated synchronous operation the thread's innermost one; returns its depth and what to restore.</summary>
    public static int EnterThread(OperationDefinition operation, out ThreadFrame saved)
    {
        var flow = LiveFlow();
        var thread = ThreadState.Current;
        var depth = (thread.Operation is not null && ReferenceEquals(thread.Flow, flow) ? thread.Depth : DepthOf(flow)) + 1;
        saved = new ThreadFrame(thread, thread.Operation, thread.Depth, thread.Flow, thread.Identity);
        thread.Operation = operation;
        thread.Depth = depth;
        thread.Flow = flow;
        thread.Identity = default;
        return depth;
    }

    /// <summary>Gives the thread's innermost operation (entered by <see cref="EnterThread"/>) its id and subject, once its run has started.</summary>
    public static void SetThreadIdentity(in ThreadFrame saved, in RunIdentity identity) => saved.State!.Identity = identity;

    /// <summary>Gives the thread back the frame it had before <see cref="EnterThread"/>.</summary>
    public static void LeaveThread(in ThreadFrame saved)
    {
        // The state of the thread that entered: a synchronous operation returns on the thread it started on.
        var thread = saved.State!;
        thread.Operation = saved.Operation;
        thread.Depth = saved.Depth;
        thread.Flow = saved.Flow;
        thread.Identity = saved.Identity;
    }

    private static object? LiveFlow() => Live(Flow.Value);

    /// <summary>The innermost operation of the chain that has not completed.</summary>
    private static object? Live(object? flow)
    {
        while (flow is StepLogger { IsEnded: true } ended)
        {
            flow = ended.FlowParent;
        }

        return flow;
    }

    private static int DepthOf(object? flow) => flow switch
    {
        StepLogger logger => logger.Depth,
        FlowFrame frame => frame.Depth,
        _ => -1,
    };
}

/// <summary>What a generated synchronous operation found on the thread, to put back when it returns.</summary>
internal readonly struct ThreadFrame
{
    public ThreadFrame(ThreadState state, OperationDefinition? operation, int depth, object? flow, in RunIdentity identity)
    {
        State = state;
        Operation = operation;
        Depth = depth;
        Flow = flow;
        Identity = identity;
    }

    /// <summary>The state of the thread the operation entered; null on the default frame.</summary>
    public ThreadState? State { get; }

    public OperationDefinition? Operation { get; }

    public int Depth { get; }

    public object? Flow { get; }

    public RunIdentity Identity { get; }
}

/// <summary>
/// A generated async operation in the flow: its definition and depth, nothing of the call, so that one frame per
/// operation and depth serves every call (see <see cref="OperationDefinition"/>) and entering the flow allocates only
/// the execution context that any <see cref="AsyncLocal{T}"/> change needs. A run that records or is traced has a
/// frame of its own, which carries the run's <see cref="RunIdentity"/> to its steps. A shared frame lends its steps the
/// identity of the one run that holds it (<see cref="TryHold"/>), and only in the execution context that run entered,
/// so that work an ended run left behind never takes the id of the run that holds the frame after it.
/// </summary>
internal sealed class FlowFrame
{
    private readonly bool _shared;
    private RunIdentity _identity;
    private ExecutionContext? _heldIn;
    private int _held;

    public FlowFrame(OperationDefinition operation, int depth, bool shared = false)
    {
        Operation = operation;
        Depth = depth;
        _shared = shared;
    }

    public OperationDefinition Operation { get; }

    public int Depth { get; }

    /// <summary>Whether every run of the operation at this depth may use the frame, one at a time.</summary>
    public bool IsShared => _shared;

    /// <summary>
    /// The identity of the run this frame is for, as seen from the code running now; default when there is none. Set
    /// once on a frame of its own, after its run started; a shared frame is lent one with <see cref="Lend"/>.
    /// </summary>
    public RunIdentity Identity
    {
        get
        {
            if (!_shared)
            {
                return _identity;
            }

            // The identity is the holder's only where its context is current; read between two reads of the context, so
            // that a hand-over in between (release, next hold) is never mistaken for the current run's.
            var heldIn = Volatile.Read(ref _heldIn);
            if (heldIn is not null && ReferenceEquals(ExecutionContext.Capture(), heldIn))
            {
                var identity = _identity;
                if (ReferenceEquals(Volatile.Read(ref _heldIn), heldIn))
                {
                    return identity;
                }
            }

            return default;
        }

        set => _identity = value;
    }

    /// <summary>Takes a shared frame for one run, unless another run holds it (then the run needs a frame of its own).</summary>
    public bool TryHold() => Interlocked.CompareExchange(ref _held, 1, 0) == 0;

    /// <summary>Lends the holding run's identity to the code running in <paramref name="entered"/>, the context the run entered.</summary>
    public void Lend(in RunIdentity identity, ExecutionContext? entered)
    {
        _identity = identity;
        Volatile.Write(ref _heldIn, entered);
    }

    /// <summary>Gives a held shared frame back when its run ends.</summary>
    public void Release()
    {
        Volatile.Write(ref _heldIn, null);
        _identity = default;
        Volatile.Write(ref _held, 0);
    }

#if NET8_0_OR_GREATER
    // The context this frame entered last from a caller seen twice in a row, and the caller last seen (by identity only,
    // so that a caller seen once is not kept alive). A pair in one object, so that a reader never mixes two entries.
    private KeptContext? _kept;
    private int _lastCaller;

    /// <summary>
    /// The execution context that entering this frame from <paramref name="caller"/> made before, when it was kept:
    /// contexts are immutable, so restoring it gives exactly the state that setting the slot again would make.
    /// </summary>
    public ExecutionContext? EnteredFrom(ExecutionContext caller)
    {
        var kept = Volatile.Read(ref _kept);
        return kept is not null && ReferenceEquals(kept.Caller, caller) ? kept.Entered : null;
    }

    /// <summary>
    /// Notes that entering this frame from <paramref name="caller"/> made <paramref name="entered"/>. It is kept when the
    /// caller is the one seen last (a loop that calls the operation again from the same context: its later calls
    /// allocate nothing); a caller new every time (each request's own context) costs one field write, not an object.
    /// The kept pair holds those two contexts, and the values in them, until another caller repeats.
    /// </summary>
    public void Entered(ExecutionContext caller, ExecutionContext entered)
    {
        var identity = RuntimeHelpers.GetHashCode(caller);
        if (identity == _lastCaller)
        {
            Volatile.Write(ref _kept, new KeptContext(caller, entered));
        }

        _lastCaller = identity;
    }

    private sealed class KeptContext(ExecutionContext caller, ExecutionContext entered)
    {
        public ExecutionContext Caller { get; } = caller;

        public ExecutionContext Entered { get; } = entered;
    }
#endif
}

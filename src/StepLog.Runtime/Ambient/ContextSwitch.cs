using System.Threading;

namespace StepLog;

/// <summary>
/// The execution context just before and just after an operation made itself ambient. Putting the caller's value back
/// into an <see cref="AsyncLocal{T}"/> allocates a new context; when nothing changed the context in between (the usual
/// case), restoring the caller's own context object gives exactly the same state for nothing (.NET 8 and later).
/// When anything else changed it (the body set an AsyncLocal of its own, or the culture), those changes are kept and
/// the slot is set as before.
/// </summary>
// On netstandard2.0 the members have nothing to keep, so the analyzer would have them static (CA1822).
#pragma warning disable CA1822
internal struct ContextSwitch
{
#if NET8_0_OR_GREATER
    private ExecutionContext? _caller;
    private ExecutionContext? _entered;
#endif

    /// <summary>Notes the caller's context; call just before setting the ambient slot.</summary>
    public void BeforeEnter()
    {
#if NET8_0_OR_GREATER
        _caller = ExecutionContext.Capture();
#endif
    }

    /// <summary>
    /// Makes <paramref name="frame"/> the flow's operation, after <see cref="BeforeEnter"/>: by restoring the context
    /// that the same caller entered it with before, when the frame kept one (no allocation), else by setting the slot,
    /// which makes a new context (and its map of values), then noting it on the frame.
    /// </summary>
    public readonly void Enter(FlowFrame frame)
    {
#if NET8_0_OR_GREATER
        if (_caller is not null && frame.EnteredFrom(_caller) is { } entered)
        {
            ExecutionContext.Restore(entered);
            return;
        }

        Ambient.EnterFlow(frame);
        if (_caller is not null && ExecutionContext.Capture() is { } made)
        {
            frame.Entered(_caller, made);
        }
#else
        Ambient.EnterFlow(frame);
#endif
    }

    /// <summary>Notes the context the operation set; call just after setting the ambient slot.</summary>
    public void AfterEnter()
    {
#if NET8_0_OR_GREATER
        _entered = ExecutionContext.Capture();
#endif
    }

    /// <summary>Restores the caller's context if the current one is still the one entered; false if it cannot.</summary>
    public readonly bool TryRestoreCaller()
    {
#if NET8_0_OR_GREATER
        if (_caller is not null && _entered is not null && ReferenceEquals(ExecutionContext.Capture(), _entered))
        {
            ExecutionContext.Restore(_caller);
            return true;
        }
#endif
        return false;
    }
}
#pragma warning restore CA1822

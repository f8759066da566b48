using System;
using System.Runtime.CompilerServices;
using System.Threading;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// Where a call goes besides the logger, as the wrapper's decision reads it: one flags field that the outputs StepLog
/// owns (the step records: a store or an observer) keep up to date whenever they change, so that a disabled call reads
/// one static field for all of them, however many there are.
/// </summary>
/// <remarks>
/// The trace bit is the exception: whether the <c>StepLog</c> activity source has listeners is the source's own state,
/// changed by <see cref="System.Diagnostics.ActivitySource.AddActivityListener"/> with no notification to the source's
/// owner, so it is asked of the source itself (<see cref="StepTracing.HasListeners"/>, two loads when nothing listens).
/// The meter's instruments are the same (no notice when a listener enables one): the caller asks the call's own
/// instrument (<see cref="EntryWriter.Outputs"/>).
/// </remarks>
internal static class SideOutputs
{
    // The sign bit: some flow has a configuration of its own (a test's scope), so the flags are that flow's to answer.
    private const int Scoped = int.MinValue;

    private static readonly object Gate = new();
    private static int s_flags;

    /// <summary>The side outputs on now: the flags field and the activity source's listeners.</summary>
    public static OutputFlags Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var flags = Volatile.Read(ref s_flags);
            if (flags < 0)
            {
                flags = InScope(flags);
            }

            return (OutputFlags)flags | (StepTracing.HasListeners ? OutputFlags.Trace : OutputFlags.None);
        }
    }

    /// <summary>Marks the flags as answered per flow while test scopes exist (<see cref="ConfigurationSlot.BeginScope"/>).</summary>
    public static void MarkScoped(bool scoped)
    {
        lock (Gate)
        {
            Volatile.Write(ref s_flags, scoped ? s_flags | Scoped : s_flags & ~Scoped);
        }
    }

    // Only while a test scope exists: the record bit as this flow's configuration says.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int InScope(int flags) =>
        (flags & ~Scoped & ~(int)OutputFlags.Record) | (ConfigurationSlot.Current.Sinks is null ? 0 : (int)OutputFlags.Record);

    /// <summary>
    /// Sets <paramref name="output"/>'s bit to what <paramref name="isOn"/> says. The owner of an output calls this after
    /// every change of its state; the state is asked under a lock, so that when changes race, the last refresh (which
    /// runs after the last change) leaves the bit as the state is.
    /// </summary>
    public static void Refresh(OutputFlags output, Func<bool> isOn)
    {
        lock (Gate)
        {
            var flags = isOn() ? s_flags | (int)output : s_flags & ~(int)output;
            Volatile.Write(ref s_flags, flags);
        }
    }
}

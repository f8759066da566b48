using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace StepLog.Generated;

/// <summary>
/// Where a generated step or operation goes, decided once per call before anything else is done: an opaque value
/// that the wrapper gets from <c>Outputs</c> and hands back to <c>Start</c> or <c>Begin</c>, asking it only the two
/// questions the wrapper needs answered.
/// </summary>
/// <remarks>
/// Opaque so that adding an output (a new sink) changes no public type and no generated code.
/// Used by code that the StepLog generator writes; not meant to be called by hand.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct StepOutputs
{
    internal StepOutputs(OutputFlags flags) => Flags = flags;

    internal OutputFlags Flags { get; }

    /// <summary>
    /// True when the level is disabled, nothing listens, nothing records and nothing measures: the wrapper calls the
    /// body directly.
    /// </summary>
    public bool IsNone
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Flags == OutputFlags.None;
    }

    /// <summary>True when the call is recorded: the wrapper reads its <see cref="SubjectAttribute">[Subject]</see> only then.</summary>
    public bool IsRecorded
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (Flags & OutputFlags.Record) != 0;
    }

    /// <summary>The outputs by name (such as <c>Log, Measure</c>), for a debugger or a test's message.</summary>
    public override string ToString() => Flags.ToString();
}

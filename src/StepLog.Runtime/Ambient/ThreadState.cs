using System;
using System.Runtime.CompilerServices;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// What StepLog keeps per thread, in one object behind one <see cref="ThreadStaticAttribute">[ThreadStatic]</see>
/// field: reaching a thread-static field is a call into the runtime's thread-local storage on Linux, so a generated
/// operation that entered and left its thread field by field paid about sixteen of them, and each step inside four.
/// Now each of those reads the object once. Made once per thread; nothing else allocates.
/// </summary>
// Fields, not properties: the class is a record of the thread's values, read and written only by Ambient and OperationId.
#pragma warning disable CA1051
internal sealed class ThreadState
{
    [ThreadStatic]
    private static ThreadState? t_current;

    /// <summary>The generated synchronous operation ambient on this thread, or null (see <see cref="Ambient"/>).</summary>
    public OperationDefinition? Operation;

    /// <summary>Its depth.</summary>
    public int Depth;

    /// <summary>The flow's operation when it was entered: the thread's operation is the innermost one only while the flow still holds it.</summary>
    public object? Flow;

    /// <summary>Its run's id and subject.</summary>
    public RunIdentity Identity;

    /// <summary>The next run id's counter value, from the thread's block (see <see cref="OperationId"/>).</summary>
    public ulong NextId;

    /// <summary>The end of the thread's block of counter values.</summary>
    public ulong IdBlockEnd;

    /// <summary>This thread's state.</summary>
    public static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? Create();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ThreadState Create() => t_current = new ThreadState();
}
#pragma warning restore CA1051

using System;
using System.Runtime.CompilerServices;
using System.Threading;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// Holds a <see cref="StepLogConfiguration"/> and swaps it whole. There is one for the process, which
/// <see cref="StepLogging"/> and the host configure; a test can give its own async flow one of its own
/// (<see cref="BeginScope"/>), so that tests needing different configurations run side by side.
/// </summary>
internal sealed class ConfigurationSlot
{
    private static readonly object Gate = new();
    private static readonly AsyncLocal<ConfigurationSlot?> s_scoped = new();
    private static int s_scopes;

    // The process's configuration while no flow has one of its own, null while one does: the one field every reader
    // reads, so that the process without test scopes pays one static read and one null check for its configuration.
    private static StepLogConfiguration? s_unscoped = StepLogConfiguration.Defaults;

    private readonly int[] _faultReported = new int[(int)FaultSource.ItemId + 1];
    private StepLogConfiguration _value;

    private ConfigurationSlot(StepLogConfiguration value) => _value = value;

    /// <summary>The process's slot: what applications configure.</summary>
    public static ConfigurationSlot Process { get; } = new(StepLogConfiguration.Defaults);

    /// <summary>The configuration this flow runs with: the process's, or its test scope's.</summary>
    public static StepLogConfiguration Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref s_unscoped) ?? Scoped.Value;
    }

    /// <summary>The slot a change made on this flow goes to: the process's, or its test scope's.</summary>
    public static ConfigurationSlot Active => Volatile.Read(ref s_scopes) == 0 ? Process : Scoped;

    public StepLogConfiguration Value => Volatile.Read(ref _value);

    private static ConfigurationSlot Scoped
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        get => s_scoped.Value ?? Process;
    }

    /// <summary>
    /// Gives this async flow (and the flows it starts) a configuration of its own, the defaults, until the returned
    /// scope is disposed on the same flow. For tests: changes made in the scope are seen only in it.
    /// </summary>
    public static IDisposable BeginScope()
    {
        var scope = new Scope(s_scoped.Value);
        s_scoped.Value = new ConfigurationSlot(StepLogConfiguration.Defaults);
        lock (Gate)
        {
            if (s_scopes++ == 0)
            {
                Volatile.Write(ref s_unscoped, null);
                SideOutputs.MarkScoped(true);
            }
        }

        return scope;
    }

    /// <summary>Replaces the configuration with what <paramref name="change"/> makes of it; returns the new one.</summary>
    /// <remarks>Under one lock: changes are rare, and two changing different parts at once must both be kept.</remarks>
    public StepLogConfiguration Update(Func<StepLogConfiguration, StepLogConfiguration> change)
    {
        lock (Gate)
        {
            var previous = _value;
            var next = change(previous);
            Volatile.Write(ref _value, next);
            if (ReferenceEquals(this, Process))
            {
                if (s_scopes == 0)
                {
                    Volatile.Write(ref s_unscoped, next);
                }

                if (!ReferenceEquals(previous.Sinks, next.Sinks))
                {
                    SideOutputs.Refresh(OutputFlags.Record, static () => Process._value.Sinks is not null);
                }
            }

            return next;
        }
    }

    /// <summary>True the first time a fault of <paramref name="source"/> is reported in this slot: it is said once.</summary>
    public bool IsFirstFault(FaultSource source) => Interlocked.Exchange(ref _faultReported[(int)source], 1) == 0;

    private sealed class Scope(ConfigurationSlot? previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            s_scoped.Value = previous;
            lock (Gate)
            {
                if (--s_scopes == 0)
                {
                    Volatile.Write(ref s_unscoped, Process._value);
                    SideOutputs.MarkScoped(false);
                }
            }
        }
    }
}

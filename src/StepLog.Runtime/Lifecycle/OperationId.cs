using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace StepLog;

/// <summary>
/// The id of one operation run: 64 bits, written as 16 lowercase hex digits, the form of a span id. A run with a span
/// takes the span's id, so that records, lines and traces join on one value; one without gets the next value of a
/// process-wide counter passed through a bijective mix seeded at random per process, so that ids never repeat within a
/// process and are unlikely to meet across the processes that write one store. A value type: taking one allocates
/// nothing, and its text is made only when something asks for it.
/// </summary>
internal readonly struct OperationId : IEquatable<OperationId>
{
    private static readonly ulong Seed = RandomSeed();
    private const long CounterBlock = 1024;

    private static long s_counter;

    private readonly ulong _value;

    private OperationId(ulong value) => _value = value;

    /// <summary>False for the default value: a run that has no id (nothing was written for it).</summary>
    public bool IsSet => _value != 0;

    /// <summary>The span's id when there is a span, else a new one.</summary>
    public static OperationId For(Activity? activity)
    {
        if (activity is not null)
        {
            try
            {
                var fromSpan = ulong.Parse(activity.SpanId.ToHexString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                if (fromSpan != 0)
                {
                    return new OperationId(fromSpan);
                }
            }
            catch (FormatException)
            {
                // A span id that is not 16 hex digits (a hierarchical id): the run gets an id of its own.
            }
        }

        return New();
    }

    /// <summary>A new id, never 0.</summary>
    public static OperationId New()
    {
        // Each thread takes a block of counter values at a time: one interlocked add per block, not per run, since a
        // locked instruction costs more than the rest of an operation's start.
        var thread = ThreadState.Current;
        var next = thread.NextId;
        if (next == thread.IdBlockEnd)
        {
            next = (ulong)Interlocked.Add(ref s_counter, CounterBlock) - CounterBlock;
            thread.IdBlockEnd = next + CounterBlock;
        }

        thread.NextId = next + 1;
        var mixed = Mix(next ^ Seed);
        return new OperationId(mixed == 0 ? 1 : mixed);
    }

    /// <summary>The id's 64 bits, evenly spread: what a sampling draw is made from.</summary>
    internal ulong Bits => _value;

    public bool Equals(OperationId other) => _value == other._value;

    public override bool Equals(object? obj) => obj is OperationId other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>16 lowercase hex digits; null for an unset id.</summary>
    public string? Text => IsSet ? _value.ToString("x16", CultureInfo.InvariantCulture) : null;

    public override string ToString() => Text ?? string.Empty;

    // SplitMix64's finaliser: a bijection on 64-bit values, so distinct counter values give distinct ids.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }

    private static ulong RandomSeed()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        return BitConverter.ToUInt64(bytes, 0) ^ BitConverter.ToUInt64(bytes, 8);
    }
}

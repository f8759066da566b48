using System;
using System.ComponentModel;

namespace StepLog.Generated;

/// <summary>
/// The count of a collection that a generated wrapper logs (a <see cref="LogAttribute">[Log]</see> parameter, a result,
/// a named tuple element), read once, when the wrapper reads its values, and under a guard: a collection whose
/// <c>Count</c> throws (a disposed <c>BlockingCollection&lt;T&gt;</c>, a user's collection) renders as
/// <c>&lt;error: TypeName&gt;</c>, as a value whose <c>ToString()</c> throws does, and the exception never reaches the
/// user's code. A value type that holds the count unboxed until a provider asks, so that the line costs no allocation.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct CountValue
{
    private readonly int _count;
    private readonly bool _hasCount;
    private readonly string? _error;

    private CountValue(int count, bool hasCount, string? error)
    {
        _count = count;
        _hasCount = hasCount;
        _error = error;
    }

    /// <summary>
    /// What the value is on a line: the count (boxed here, when a provider asks), null for a null collection, or the
    /// text <c>&lt;error: TypeName&gt;</c> naming the exception that reading the count threw.
    /// </summary>
    public object? Value => _error ?? (_hasCount ? (object)_count : null);

    /// <summary>Reads the count of <paramref name="collection"/> with <paramref name="count"/>; never throws.</summary>
    /// <typeparam name="TCollection">The collection's static type, whose count member the generator found.</typeparam>
    /// <param name="collection">The collection; null logs null.</param>
    /// <param name="count">Reads the count member (a lambda that captures nothing, so the compiler caches it).</param>
    public static CountValue Read<TCollection>(TCollection? collection, Func<TCollection, int> count)
        where TCollection : class
    {
        if (collection is null)
        {
            return default;
        }

        try
        {
            return new(count(collection), hasCount: true, error: null);
        }
        catch (Exception fault)
        {
            return new(0, hasCount: false, CollectionCount.ErrorText(fault));
        }
    }
}

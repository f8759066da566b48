using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace StepLog.Records;

/// <summary>
/// A record's details as every store keeps them: copied when the record is added (a caller may reuse its dictionary),
/// each value normalized once (<see cref="StepDetailValue.Normalize"/>) and its text repaired (<see cref="RecordText"/>),
/// in the caller's order, read only, with an estimate of the memory they hold for the queue's byte bound.
/// </summary>
internal sealed class FrozenDetails : IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values;

    private FrozenDetails(Dictionary<string, object?> values, long estimatedBytes)
    {
        _values = values;
        EstimatedBytes = estimatedBytes;
    }

    /// <summary>About how many bytes of memory the details hold: their text and boxed values, and the table's entries.</summary>
    public long EstimatedBytes { get; }

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<object?> Values => _values.Values;

    public object? this[string key] => _values[key];

    /// <summary>The details frozen: <paramref name="details"/> itself when it already is.</summary>
    public static FrozenDetails Of(IReadOnlyDictionary<string, object?> details)
    {
        if (details is FrozenDetails frozen)
        {
            return frozen;
        }

        var builder = new Builder(details.Count);
        if (details is Dictionary<string, object?> dictionary)
        {
            // Its struct enumerator: no boxing on the recording path.
            foreach (var pair in dictionary)
            {
                builder.Add(pair.Key, pair.Value);
            }
        }
        else
        {
            foreach (var pair in details)
            {
                builder.Add(pair.Key, pair.Value);
            }
        }

        return builder.Build();
    }

    public bool ContainsKey(string key) => _values.ContainsKey(key);

#if NETSTANDARD2_0
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);
#else
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _values.TryGetValue(key, out value);
#endif

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds the details one by one, so that a caller with its own kind of metadata copies them once.</summary>
    internal struct Builder
    {
        private readonly Dictionary<string, object?> _values;
        private long _bytes;

        public Builder(int count)
        {
            _values = new Dictionary<string, object?>(count, StringComparer.Ordinal);
            _bytes = 0;
        }

        /// <summary>Adds one detail; a repeated key keeps its last value.</summary>
        public void Add(string key, object? value)
        {
            if (key is null)
            {
                throw new ArgumentException("A step record's details have a null key: every detail needs a name.");
            }

            var repairedKey = RecordText.Repair(key)!;
            var normalized = StepDetailValue.Normalize(value);
            if (normalized is string text)
            {
                normalized = RecordText.Repair(text);
            }

            _values[repairedKey] = normalized;
            _bytes += RecordSize.Entry + RecordSize.Of(repairedKey) + RecordSize.OfValue(normalized);
        }

        public readonly FrozenDetails Build() => new(_values, _bytes);
    }
}

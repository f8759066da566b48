using System;
using System.Globalization;

namespace StepLog;

/// <summary>
/// A held line's metadata, taken when the line was logged: keys as the line writes them, and values that cannot change
/// before the line is written. A collection is kept as its count, an object as its text (a list that grows or an object
/// that changes after the line was logged must not change the line); strings and value types as they are.
/// </summary>
internal readonly struct FrozenMetadata : IStepMetadata
{
    /// <summary>The key under which a held line carries its original time, for providers that cannot take it otherwise.</summary>
    public const string TimestampKey = "timestamp";

    private readonly string[] _keys;
    private readonly object?[] _values;

    private FrozenMetadata(string[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys?.Length ?? 0;

    public string GetKey(int index) => _keys[index];

    public object? GetValue(int index) => _values[index];

    public static FrozenMetadata Of<TMetadata>(in TMetadata metadata, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        var count = metadata.Count;
        var keys = new string[count];
        var values = new object?[count];
        var renamed = MetadataKeys.Keys(metadata, kind);
        for (var i = 0; i < count; i++)
        {
            keys[i] = renamed is null ? MetadataKeys.Written(metadata, i) : renamed[i];
            values[i] = Freeze(metadata.GetValue(i));
        }

        // A held line adds its own timestamp field: a value the user named so is kept under another name.
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(keys[i], TimestampKey, StringComparison.Ordinal))
            {
                keys[i] = FreeKey(keys, TimestampKey);
            }
        }

        return new FrozenMetadata(keys, values);
    }

    private static object? Freeze(object? value)
    {
        var structured = ValueText.StructuredValue(value);
        if (structured is null or string or ValueType)
        {
            return structured;
        }

        try
        {
            return structured is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : structured.ToString();
        }
        catch (Exception fault)
        {
            return "<error: " + fault.GetType().Name + ">";
        }
    }

    private static string FreeKey(string[] keys, string key)
    {
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? key + "_value" : key + "_value" + attempt.ToString(CultureInfo.InvariantCulture);
            if (Array.IndexOf(keys, candidate) < 0)
            {
                return candidate;
            }
        }
    }
}

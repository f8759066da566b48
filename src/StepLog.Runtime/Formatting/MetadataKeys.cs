using System;
using System.Globalization;

namespace StepLog;

/// <summary>
/// The key each value of a line goes under, the same in its text and its structured state. StepLog's own fields always
/// hold StepLog's values: a value whose key is the name of one of them, or repeats an earlier key of the same line, is
/// kept as <c>{key}_value</c> (then <c>{key}_value2</c>, …), never dropped and never written twice under one name.
/// A line without such a key costs a few comparisons and allocates nothing.
/// </summary>
internal static class MetadataKeys
{
    private const string Suffix = "_value";

    /// <summary>The key of the value at <paramref name="index"/> on a line of the given kind.</summary>
    public static string KeyAt<TMetadata>(in TMetadata metadata, int index, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        var key = RawKey(metadata, index);
        return Collides(metadata, index, key, kind) ? Renamed(metadata, index, key, kind) : key;
    }

    /// <summary>
    /// Whether <paramref name="key"/> names a field that StepLog writes. <c>status</c>, <c>error</c> and <c>reason</c>
    /// (and <c>message</c>, <c>attempt</c>) are StepLog's on the lines that carry them (a step's end, a retry, an unfinished operation); elsewhere they are the user's,
    /// as in <c>Complete(("status", "success"))</c>. The others are StepLog's on every line, including the names kept
    /// for the trace and the operation's identity.
    /// </summary>
    public static bool IsStepLogField(string key, StepEvent kind) => key switch
    {
        "operation" or "operation_id" or "step" or "step_number" or "total_steps" or "depth" or "last_step"
            or "duration_ms" or "total_duration_ms" or "trace_id" or "span_id" or "subject" => true,
        "status" => EntryFields.Status(kind) is not null,
        "error" => kind is StepEvent.StepFailure or StepEvent.StepRetry,
        "reason" => kind == StepEvent.StepSkipped,
        "message" => kind == StepEvent.StepWarning,
        "attempt" => kind == StepEvent.StepRetry,
        _ => false,
    };

    // A key a line can print: a value without one is written under "_".
    private static string RawKey<TMetadata>(in TMetadata metadata, int index)
        where TMetadata : struct, IStepMetadata
    {
        var key = metadata.GetKey(index);
        return string.IsNullOrEmpty(key) ? "_" : key;
    }

    private static bool Collides<TMetadata>(in TMetadata metadata, int index, string key, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        if (IsStepLogField(key, kind))
        {
            return true;
        }

        for (var earlier = 0; earlier < index; earlier++)
        {
            if (string.Equals(RawKey(metadata, earlier), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Renamed<TMetadata>(in TMetadata metadata, int index, string key, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? key + Suffix : key + Suffix + attempt.ToString(CultureInfo.InvariantCulture);
            if (IsFree(metadata, index, candidate, kind))
            {
                return candidate;
            }
        }
    }

    // Free: not StepLog's, no key the user wrote on the line, and not the new name of an earlier value.
    private static bool IsFree<TMetadata>(in TMetadata metadata, int index, string candidate, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        if (IsStepLogField(candidate, kind))
        {
            return false;
        }

        for (var other = 0; other < metadata.Count; other++)
        {
            var key = RawKey(metadata, other);
            if (string.Equals(key, candidate, StringComparison.Ordinal)
                || (other < index && Collides(metadata, other, key, kind) && string.Equals(Renamed(metadata, other, key, kind), candidate, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace StepLog;

/// <summary>
/// The key each value of a line goes under, the same in its text and its structured state. StepLog's own fields always
/// hold StepLog's values: a value whose key is the name of one of them, or repeats an earlier key of the same line, is
/// kept as <c>{key}_value</c> (then <c>{key}_value2</c>, …), never dropped and never written twice under one name.
/// A line of up to 16 values without such a key costs a few comparisons and allocates nothing; renaming costs time in
/// proportion to the line's values, however many share a key.
/// </summary>
internal static class MetadataKeys
{
    private const string Suffix = "_value";

    // A line of up to this many values is checked pair by pair, which allocates nothing; a longer one through sets, so
    // that its keys cost time in proportion to its values.
    private const int PairwiseLimit = 16;

    /// <summary>
    /// The key of the value at <paramref name="index"/> on a line of the given kind. Finding a renamed key takes the
    /// whole line's keys (see <see cref="Keys"/>): a caller that wants every key asks for them once.
    /// </summary>
    public static string KeyAt<TMetadata>(in TMetadata metadata, int index, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        var key = Written(metadata, index);
        return metadata.Count <= PairwiseLimit && !Collides(metadata, index, key, kind) ? key : Keys(metadata, kind)![index];
    }

    /// <summary>
    /// Every key of the line, in order; null when no value is renamed on a line short enough to tell without
    /// allocating (each key is then <see cref="Written"/>).
    /// </summary>
    public static string[]? Keys<TMetadata>(in TMetadata metadata, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        var count = metadata.Count;
        if (count <= PairwiseLimit && !AnyCollides(metadata, kind))
        {
            return null;
        }

        var keys = new string[count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            keys[i] = Written(metadata, i);
            taken.Add(keys[i]);
        }

        // A value is renamed when its key is StepLog's or an earlier value's. Its new name is the first of
        // {key}_value, {key}_value2, … that is not StepLog's, not a key the user wrote on the line and not an earlier
        // value's new name: all of which stay taken, so that the next value under the same key resumes where the last
        // one's search stopped.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, int>? nextAttempt = null;
        for (var i = 0; i < count; i++)
        {
            var key = keys[i];
            if (seen.Add(key) && !IsStepLogField(key, kind))
            {
                continue;
            }

            nextAttempt ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var attempt = nextAttempt.TryGetValue(key, out var next) ? next : 1;
            string candidate;
            do
            {
                candidate = attempt == 1 ? key + Suffix : key + Suffix + attempt.ToString(CultureInfo.InvariantCulture);
                attempt++;
            }
            while (IsStepLogField(candidate, kind) || !taken.Add(candidate));

            nextAttempt[key] = attempt;
            keys[i] = candidate;
        }

        return keys;
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

    /// <summary>
    /// The key as the user wrote it, as a line can print it: escaped (the text and the structured state carry the same
    /// key, and no sink writes it with a control character); a value without one is written under <c>_</c>.
    /// </summary>
    public static string Written<TMetadata>(in TMetadata metadata, int index)
        where TMetadata : struct, IStepMetadata
    {
        var key = metadata.GetKey(index);
        return string.IsNullOrEmpty(key) ? "_" : ValueText.Escaped(key);
    }

    private static bool AnyCollides<TMetadata>(in TMetadata metadata, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        for (var i = 0; i < metadata.Count; i++)
        {
            if (Collides(metadata, i, Written(metadata, i), kind))
            {
                return true;
            }
        }

        return false;
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
            if (string.Equals(Written(metadata, earlier), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

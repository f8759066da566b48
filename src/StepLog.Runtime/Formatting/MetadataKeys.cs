using System;
using System.Linq;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The key each value of a line goes under, the same in its text and its structured state. StepLog's own fields always
/// hold StepLog's values: a value whose key is the name of one of them, or repeats an earlier key of the same line, is
/// kept as <c>{key}_value</c> (then <c>{key}_value2</c>, …), never dropped and never written twice under one name: the
/// rule of <see cref="LineKeyRules"/>, which SL0011's fix follows too.
/// A line of up to 16 values without such a key costs a few comparisons and allocates nothing; renaming costs time in
/// proportion to the line's values, however many share a key.
/// </summary>
internal static class MetadataKeys
{
    // A line of up to this many values is checked pair by pair, which allocates nothing; a longer one through sets, so
    // that its keys cost time in proportion to its values.
    private const int PairwiseLimit = 16;

    // The rule of each kind of line, made once, so that renaming a line's keys makes no delegate of its own.
    private static readonly Func<string, bool>[] FieldRules = Enumerable.Range(0, (int)StepEvent.BatchInterrupted + 1)
        .Select(kind => (Func<string, bool>)(key => LineKeyRules.IsStepLogField(key, (LineKind)kind)))
        .ToArray();

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
        for (var i = 0; i < count; i++)
        {
            keys[i] = Written(metadata, i);
        }

        var index = (int)kind;
        LineKeyRules.Rename(keys, index >= 0 && index < FieldRules.Length ? FieldRules[index] : key => IsStepLogField(key, kind));
        return keys;
    }

    /// <summary>Whether <paramref name="key"/> names a field that StepLog writes on a line of the kind: see <see cref="LineKeyRules"/>.</summary>
    public static bool IsStepLogField(string key, StepEvent kind) => LineKeyRules.IsStepLogField(key, (LineKind)kind);

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

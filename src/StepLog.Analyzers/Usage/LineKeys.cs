using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>One key that a line will carry: its text, where the user wrote it, and what gives it (for messages).</summary>
internal readonly struct LineKey
{
    public LineKey(string key, Location location, string source)
    {
        Key = key;
        Location = location;
        Source = source;
    }

    public string Key { get; }

    public Location Location { get; }

    /// <summary>What gives the key, as a message names it: "[Log] parameter 'depth'", "Result", "StepLogger.Success".</summary>
    public string Source { get; }
}

/// <summary>
/// SL0011's judgement of the keys of one line: a key that is a field StepLog writes itself on that line, or that an
/// earlier key of the same line already has. Each finding carries the key its code fix renames to (in the diagnostic's
/// properties): the key the runtime keeps that value under, by the one rule of <see cref="LineKeyRules"/>.
/// </summary>
internal static class LineKeys
{
    /// <summary>The property that tells the code fix which key to write.</summary>
    public const string NewKeyProperty = "NewKey";

    /// <summary>The keys StepLog writes on a line of the kind.</summary>
    public static Func<string, bool> On(LineKind kind) => key => LineKeyRules.IsStepLogField(key, kind);

    /// <summary>The keys StepLog writes on every line: all that is known of values made apart from the call that logs them.</summary>
    public static readonly Func<string, bool> OnEveryLine = LineKeyRules.IsOnEveryLine;

    public static IEnumerable<Diagnostic> Check(IReadOnlyList<LineKey> keys, Func<string, bool> isStepLogField, DiagnosticSeverity severity)
    {
        var renamed = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            renamed[i] = keys[i].Key;
        }

        if (!LineKeyRules.Rename(renamed, isStepLogField))
        {
            yield break;
        }

        var first = new Dictionary<string, LineKey>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (!first.TryGetValue(key.Key, out var earlier))
            {
                first.Add(key.Key, key);
            }

            if (renamed[i] == key.Key)
            {
                continue;
            }

            var problem = isStepLogField(key.Key)
                ? $"of {key.Source} is a field StepLog writes itself on that line, and would replace or repeat it"
                : $"of {key.Source} is also the key of {earlier.Source} on the same line, and one value would hide the other";
            yield return Diagnostic.Create(
                Descriptors.KeyCollision,
                key.Location,
                severity,
                additionalLocations: null,
                properties: ImmutableDictionary<string, string?>.Empty.Add(NewKeyProperty, renamed[i]),
                key.Key,
                problem,
                renamed[i]);
        }
    }
}

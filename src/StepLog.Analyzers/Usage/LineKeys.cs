using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

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
/// SL0011's judgement of the keys of one line: a key that is a field StepLog writes itself on that line (the sets of
/// <see cref="StepLog.Shared.LogKeys"/>), or that an earlier key of the same line already has. Each finding carries the key its code fix renames to (in the diagnostic's properties),
/// chosen to clash with nothing on the line.
/// </summary>
internal static class LineKeys
{
    /// <summary>The property that tells the code fix which key to write.</summary>
    public const string NewKeyProperty = "NewKey";

    public static IEnumerable<Diagnostic> Check(IReadOnlyList<LineKey> keys, string[] written, DiagnosticSeverity severity)
    {
        var taken = new HashSet<string>(written);
        foreach (var key in keys)
        {
            taken.Add(key.Key);
        }

        var seen = new Dictionary<string, LineKey>();
        foreach (var key in keys)
        {
            string? problem = null;
            string? newKey = null;
            if (System.Array.IndexOf(written, key.Key) >= 0)
            {
                problem = $"of {key.Source} is a field StepLog writes itself on that line, and would replace or repeat it";
                newKey = Free(key.Key + "_value", taken);
            }
            else if (seen.TryGetValue(key.Key, out var first))
            {
                problem = $"of {key.Source} is also the key of {first.Source} on the same line, and one value would hide the other";
                newKey = Free(key.Key + "_2", taken, key.Key + "_");
            }
            else
            {
                seen.Add(key.Key, key);
            }

            if (problem is not null && newKey is not null)
            {
                taken.Add(newKey);
                yield return Diagnostic.Create(
                    Descriptors.KeyCollision,
                    key.Location,
                    severity,
                    additionalLocations: null,
                    properties: ImmutableDictionary<string, string?>.Empty.Add(NewKeyProperty, newKey),
                    key.Key,
                    problem,
                    newKey);
            }
        }
    }

    // The candidate, or the same stem numbered 2, 3… (or the candidate numbered) until no key of the line has it.
    private static string Free(string candidate, HashSet<string> taken, string? numberedStem = null)
    {
        var stem = numberedStem ?? candidate;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = stem + i;
        }

        return candidate;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace StepLog.Shared;

/// <summary>
/// The one definition of the keys of a line: which names StepLog keeps for its own fields on each kind of line, and
/// what a value is renamed to when its key is one of them or repeats an earlier key of the line (<c>{key}_value</c>,
/// then <c>{key}_value2</c>, …). Compiled into the runtime (which renames as it writes) and the analyzers (SL0011,
/// whose fix writes the key the runtime would), so that the two never disagree.
/// </summary>
internal static class LineKeyRules
{
    private const string Suffix = "_value";

    /// <summary>
    /// Whether <paramref name="key"/> names a field that StepLog writes on a line of <paramref name="kind"/>.
    /// <c>status</c>, <c>error</c>, <c>reason</c>, <c>message</c> and <c>attempt</c> are StepLog's on the lines that
    /// carry them (a step's end, a warning, a retry, an unfinished operation); elsewhere they are the user's, as in
    /// <c>Complete(("status", "success"))</c>. The others are StepLog's on every line, including the names kept for
    /// the trace and the operation's identity.
    /// </summary>
    public static bool IsStepLogField(string key, LineKind kind) => key switch
    {
        LineFieldNames.Status => HasStatus(kind),
        LineFieldNames.Error => kind is LineKind.StepFailure or LineKind.StepRetry,
        LineFieldNames.Reason => kind == LineKind.StepSkipped,
        LineFieldNames.Message => kind == LineKind.StepWarning,
        LineFieldNames.Attempt => kind == LineKind.StepRetry,
        _ => IsOnEveryLine(key),
    };

    /// <summary>Whether <paramref name="key"/> is StepLog's on every kind of line.</summary>
    public static bool IsOnEveryLine(string key) => key switch
    {
        LineFieldNames.Operation or LineFieldNames.OperationId or LineFieldNames.Step or LineFieldNames.StepNumber
            or LineFieldNames.TotalSteps or LineFieldNames.Depth or LineFieldNames.LastStep or LineFieldNames.DurationMs
            or LineFieldNames.TotalDurationMs or LineFieldNames.TraceId or LineFieldNames.SpanId or LineFieldNames.Subject => true,
        _ => false,
    };

    /// <summary>
    /// Renames, in place, each key that is StepLog's on a line of the kind (<paramref name="isStepLogField"/>) or repeats
    /// an earlier key: to the first of <c>{key}_value</c>, <c>{key}_value2</c>, … that is not StepLog's, not a key
    /// written on the line and not an earlier value's new name. Returns whether any key was renamed.
    /// </summary>
    public static bool Rename(string[] keys, Func<string, bool> isStepLogField)
    {
        var taken = new HashSet<string>(keys, StringComparer.Ordinal);

        // The names tried stay taken, so the next value under the same key resumes where the last one's search stopped.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, int>? nextAttempt = null;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (seen.Add(key) && !isStepLogField(key))
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
            while (isStepLogField(candidate) || !taken.Add(candidate));

            nextAttempt[key] = attempt;
            keys[i] = candidate;
        }

        return nextAttempt is not null;
    }

    private static bool HasStatus(LineKind kind) => kind is LineKind.StepSuccess or LineKind.StepFailure or LineKind.StepSkipped
        or LineKind.StepCancelled or LineKind.OperationIncomplete or LineKind.StepWarning or LineKind.StepRetry;
}

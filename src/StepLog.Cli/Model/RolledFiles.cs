using System;
using System.IO;

using StepLog.Cli.Input;

namespace StepLog.Cli.Model;

/// <summary>
/// Whether one file continues another, as a rolling file sink writes them: the same name but for a trailing counter
/// (<c>SESSION_20261125_162827.log</c>, then <c>SESSION_20261125_162827_001.log</c>, <c>…_002.log</c>; or
/// <c>app.log</c>, <c>app.1.log</c>). An operation open when such a file ends goes on in the next one.
/// </summary>
internal static class RolledFiles
{
    public static bool Continues(string? previous, string next)
    {
        if (previous is null || previous == InputSource.StandardInputName || next == InputSource.StandardInputName)
        {
            return false;
        }

        if (!string.Equals(Path.GetDirectoryName(previous), Path.GetDirectoryName(next), StringComparison.Ordinal)
            || !string.Equals(Path.GetExtension(previous), Path.GetExtension(next), StringComparison.Ordinal))
        {
            return false;
        }

        var before = Stem(previous);
        var after = Stem(next);
        // The first roll adds a counter ("app" to "app_001"); later ones change it ("app_001" to "app_002").
        return (after.StartsWith(before, StringComparison.Ordinal) && CounterLength(after) == after.Length - before.Length)
            || (CounterLength(before) > 0 && CounterLength(after) > 0
                && before.AsSpan(0, before.Length - CounterLength(before)).SequenceEqual(after.AsSpan(0, after.Length - CounterLength(after))));
    }

    private static string Stem(string path) =>
        Path.GetFileNameWithoutExtension(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path);

    // The length of a trailing "_NNN" or ".NNN" (its separator included), or 0.
    private static int CounterLength(string stem)
    {
        var end = stem.Length;
        while (end > 0 && char.IsAsciiDigit(stem[end - 1]))
        {
            end--;
        }

        return end < stem.Length && end > 1 && stem[end - 1] is '_' or '.' ? stem.Length - end + 1 : 0;
    }
}

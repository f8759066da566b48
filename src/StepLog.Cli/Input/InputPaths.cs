using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace StepLog.Cli.Input;

/// <summary>
/// Turns the command line's FILE arguments into inputs: <c>-</c> is standard input, a folder is every file in it, a
/// pattern with <c>*</c>, <c>?</c> or <c>**</c> (any folders deep) is every file that matches, in ordinal order so
/// that rolled files (<c>app.log</c>, <c>app_001.log</c>) come in the order they were written. Folders and patterns
/// give regular files only (<see cref="RegularFile"/>); a FIFO or device named on its own is read, as <c>cat</c> does.
/// </summary>
internal static class InputPaths
{
    /// <summary>The inputs, or the one-line message that says which argument names nothing.</summary>
    public static IReadOnlyList<InputSource> Expand(IEnumerable<string> arguments, out string? error)
    {
        error = null;
        var sources = new List<InputSource>();
        foreach (var argument in arguments)
        {
            if (argument == InputSource.StandardInputName)
            {
                sources.Add(InputSource.StandardInput());
            }
            else if (IsPattern(argument))
            {
                var matches = Glob(argument);
                if (matches.Count == 0)
                {
                    error = $"no file matches '{argument}'";
                    return [];
                }

                sources.AddRange(matches.Select(InputSource.File));
            }
            else if (Directory.Exists(argument))
            {
                sources.AddRange(Directory.EnumerateFiles(argument).Where(RegularFile.Is).Order(StringComparer.Ordinal).Select(InputSource.File));
            }
            else if (File.Exists(argument))
            {
                sources.Add(InputSource.File(argument));
            }
            else
            {
                error = $"file not found: '{argument}'";
                return [];
            }
        }

        return sources;
    }

    private static bool IsPattern(string argument) => argument.AsSpan().IndexOfAny('*', '?') >= 0;

    private static List<string> Glob(string pattern)
    {
        var separator = pattern.Contains('\\', StringComparison.Ordinal) && Path.DirectorySeparatorChar == '\\' ? '\\' : '/';
        var segments = pattern.Split(separator);
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsPattern(segments[fixedCount]))
        {
            fixedCount++;
        }

        var root = fixedCount == 0 ? "." : string.Join(separator, segments, 0, fixedCount);
        if (root.Length == 0)
        {
            root = separator.ToString();
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var results = new List<string>();
        Match(root, segments.AsSpan(fixedCount), fixedCount == 0 ? string.Empty : root, separator, results);
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    private static void Match(string directory, ReadOnlySpan<string> rest, string shown, char separator, List<string> results)
    {
        var segment = rest[0];
        var last = rest.Length == 1;
        if (segment == "**")
        {
            // Zero folders, then any folder below.
            if (!last)
            {
                Match(directory, rest[1..], shown, separator, results);
            }

            foreach (var child in SafeEnumerate(() => Directory.EnumerateDirectories(directory)))
            {
                var name = Path.GetFileName(child);
                Match(child, rest, Join(shown, name, separator), separator, results);
            }

            if (last)
            {
                results.AddRange(SafeEnumerate(() => Directory.EnumerateFiles(directory)).Where(RegularFile.Is).Select(f => Join(shown, Path.GetFileName(f), separator)));
            }

            return;
        }

        var regex = new Regex("^" + Regex.Escape(segment).Replace("\\*", "[^/\\\\]*", StringComparison.Ordinal).Replace("\\?", "[^/\\\\]", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
        var entries = last ? SafeEnumerate(() => Directory.EnumerateFiles(directory).Where(RegularFile.Is)) : SafeEnumerate(() => Directory.EnumerateDirectories(directory));
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (!regex.IsMatch(name))
            {
                continue;
            }

            var path = Join(shown, name, separator);
            if (last)
            {
                results.Add(path);
            }
            else
            {
                Match(entry, rest[1..], path, separator, results);
            }
        }
    }

    private static string Join(string shown, string name, char separator) =>
        shown.Length == 0 ? name : shown.EndsWith(separator) ? shown + name : shown + separator + name;

    // A folder that vanishes or may not be read while a pattern is expanded is passed over, as a shell would.
    private static List<string> SafeEnumerate(Func<IEnumerable<string>> enumerate)
    {
        try
        {
            return enumerate().ToList();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

using System;

namespace StepLog.Dashboard.Http;

/// <summary>The dashboard's path prefix, checked once: its links are built from it, so it must be a literal path.</summary>
internal static class DashboardPrefix
{
    public static string Normalize(string prefix)
    {
        if (prefix is null)
        {
            throw new ArgumentNullException(nameof(prefix), "Give the dashboard's path, such as \"/steplog\".");
        }

        var trimmed = prefix.TrimEnd('/');
        if (!prefix.StartsWith('/') || trimmed.IndexOfAny(['{', '}', '?', '#', '*', '\\']) >= 0 || HasControl(trimmed))
        {
            throw new ArgumentException(
                $"The dashboard's prefix '{prefix}' is not a literal path: give one that starts with '/' and has no route parameters, query or fragment, such as \"/steplog\".",
                nameof(prefix));
        }

        return trimmed;
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}

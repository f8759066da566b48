using System.Text;

namespace StepLog.Cli.Text;

/// <summary>
/// Text from a file or a database, made safe to print: control characters (an ESC starting an ANSI sequence, a
/// carriage return that would overwrite the line) are shown as <c>\u001b</c>-style escapes, never sent raw to a terminal.
/// </summary>
internal static class SafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var clean = true;
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    // C0 and C1 controls, DEL included; a tab is harmless.
    private static bool IsUnsafe(char c) => (c < ' ' && c != '\t') || (c >= '\u007f' && c <= '\u009f');
}

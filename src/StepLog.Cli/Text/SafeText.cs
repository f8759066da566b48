using System.Globalization;
using System.Text;

namespace StepLog.Cli.Text;

/// <summary>
/// Makes text from a log safe to print: every control character (ESC, which starts ANSI sequences, among them), DEL,
/// the C1 controls and the Unicode line separators become visible escapes, as StepLog writes them itself, so that
/// nothing read from a log can move the cursor, recolour or clear a terminal, or forge a line.
/// </summary>
internal static class SafeText
{
    public static string Clean(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides that reorder what a
    // terminal shows.
    private static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
}

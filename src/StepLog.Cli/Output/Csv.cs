using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepLog.Cli.Text;

namespace StepLog.Cli.Output;

/// <summary>
/// RFC 4180 rows: a field with a comma, quote or line break is quoted; control characters are escaped first. A cell
/// that a spreadsheet would run as a formula (OWASP's CSV injection: it starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return) is led by a single quote, which makes it text: the log's names and errors
/// are whatever its writer put there.
/// </summary>
internal static class Csv
{
    public static void Row(TextWriter output, IEnumerable<string?> fields) =>
        output.WriteLine(string.Join(',', fields.Select(Field)));

    private static string Field(string? value)
    {
        var text = SafeText.Clean(value);
        if (value is { Length: > 0 } && IsFormulaStart(value[0]))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"") >= 0 || text.StartsWith(' ') ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    // Told on the value as read, before control characters are escaped: a tab is what a spreadsheet would see.
    private static bool IsFormulaStart(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}

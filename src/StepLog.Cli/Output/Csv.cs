using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepLog.Cli.Text;

namespace StepLog.Cli.Output;

/// <summary>RFC 4180 rows: a field with a comma, quote or line break is quoted; control characters are escaped first.</summary>
internal static class Csv
{
    public static void Row(TextWriter output, IEnumerable<string?> fields) =>
        output.WriteLine(string.Join(',', fields.Select(Field)));

    private static string Field(string? value)
    {
        var text = SafeText.Clean(value);
        return text.AsSpan().IndexOfAny(",\"") >= 0 || text.StartsWith(' ') ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

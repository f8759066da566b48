using System.Text.RegularExpressions;

namespace StepLog.Generated.Tests;

internal static partial class Lines
{
    /// <summary>Durations vary from run to run; every other character is asserted exactly.</summary>
    public static string Normalize(string line) => Duration().Replace(line, "$1=#");

    [GeneratedRegex(@"(duration_ms|total_duration_ms)=\d+(\.\d+)?")]
    private static partial Regex Duration();
}

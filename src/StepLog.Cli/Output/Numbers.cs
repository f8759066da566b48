using System.Globalization;

namespace StepLog.Cli.Output;

/// <summary>Numbers as the tool prints them: invariant culture, milliseconds with one decimal as StepLog writes them.</summary>
internal static class Numbers
{
    public static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string StepHead(int? number, int? total) =>
        number is null ? string.Empty : total is null ? $"[{Int(number.Value)}]" : $"[{Int(number.Value)}/{Int(total.Value)}]";
}

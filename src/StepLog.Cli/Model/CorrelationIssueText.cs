using System.Collections.Generic;
using System.Globalization;

namespace StepLog.Cli.Model;

/// <summary>How a <see cref="CorrelationIssue"/> names the line in doubt and the runs that could take it.</summary>
internal static class CorrelationIssueText
{
    public static string Describe(LogEvent line) =>
        line.Kind.IsOperation()
            ? $"{line.Kind.StatusWord()} of '{line.Operation}'"
            : $"step [{line.StepNumber?.ToString(CultureInfo.InvariantCulture)}{(line.TotalSteps is { } total ? "/" + total.ToString(CultureInfo.InvariantCulture) : "")}] '{line.Step}' ({line.Kind.StatusWord()})";

    public static string Names(List<OperationRun> operations)
    {
        var names = new List<string>(operations.Count);
        foreach (var operation in operations)
        {
            names.Add($"'{operation.Name}' (line {operation.FirstEvent?.Line.ToString(CultureInfo.InvariantCulture)})");
        }

        return string.Join(" or ", names);
    }
}

using StepLog.Records;

namespace StepLog.Samples.Documents;

/// <summary>Step records as small text tables.</summary>
internal static class RecordTables
{
    public static void PrintSteps(string documentId, IReadOnlyList<StepRecord> records)
    {
        Console.WriteLine($"Steps of {documentId}, oldest first:");
        Row("operation", "step", "status", "duration", "message");
        foreach (var record in records)
        {
            Row(record.Operation ?? string.Empty, StepOf(record), record.Status.ToString(), Duration(record), record.ErrorMessage ?? string.Empty);
        }
    }

    public static void PrintErrors(IReadOnlyList<StepRecord> records)
    {
        Console.WriteLine($"Errors and warnings of this run, newest first: {records.Count}");
        Row("document", "operation / step", "status", "message");
        foreach (var record in records)
        {
            Row(record.SubjectId, $"{record.Operation} / {StepOf(record)}", record.Status.ToString(), record.ErrorMessage ?? string.Empty);
        }
    }

    private static string StepOf(StepRecord record) => $"[{record.StepNumber}/{record.TotalSteps}] {record.StepName}";

    private static string Duration(StepRecord record) => record.DurationMs is { } ms ? $"{ms:0.0} ms" : string.Empty;

    private static void Row(params string[] cells)
    {
        int[] widths = cells.Length == 5 ? [18, 30, 9, 10, 0] : [14, 50, 9, 0];
        Console.WriteLine("  " + string.Concat(cells.Select((cell, i) => widths[i] == 0 ? cell : cell.PadRight(widths[i]) + " ")).TrimEnd());
    }
}

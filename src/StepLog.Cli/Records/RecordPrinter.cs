using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Spectre.Console;
using StepLog.Cli.Text;
using StepLog.Records;

namespace StepLog.Cli.Records;

/// <summary>Prints step records: a table on a terminal, plain lines elsewhere, or JSON lines.</summary>
internal static class RecordPrinter
{
    public static void Print(IReadOnlyList<StepRecord> records, RecordFormat format, bool interactive, TextWriter output, bool withSubject)
    {
        if (format == RecordFormat.Json)
        {
            foreach (var record in records)
            {
                output.WriteLine(Json(record));
            }
        }
        else if (interactive)
        {
            AnsiConsole.Write(Table(records, withSubject));
        }
        else
        {
            foreach (var record in records)
            {
                output.WriteLine(RecordText.Line(record, withSubject));
            }
        }

        output.Flush();
    }

    /// <summary>One record as one JSON object, with the store's field names.</summary>
    public static string Json(StepRecord record) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["timestamp"] = record.Timestamp,
        ["subject_id"] = record.SubjectId,
        ["operation"] = record.Operation,
        ["operation_id"] = record.OperationId,
        ["step_number"] = record.StepNumber,
        ["total_steps"] = record.TotalSteps,
        ["step"] = record.StepName,
        ["status"] = RecordText.Status(record),
        ["duration_ms"] = record.DurationMs,
        ["error"] = record.ErrorMessage,
        ["details"] = record.Details,
        ["sequence"] = record.Sequence,
    });

    private static Table Table(IReadOnlyList<StepRecord> records, bool withSubject)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Time");
        if (withSubject)
        {
            table.AddColumn("Subject");
        }

        table.AddColumn("Step").AddColumn("Status").AddColumn(new TableColumn("Duration").RightAligned()).AddColumn("Error / details");
        foreach (var record in records)
        {
            var cells = new List<string> { Markup.Escape(RecordText.Time(record)) };
            if (withSubject)
            {
                cells.Add(Markup.Escape(SafeText.Clean(record.SubjectId)));
            }

            var colour = record.Status switch
            {
                StepStatus.Failed or StepStatus.Error => "red",
                StepStatus.Warning => "yellow",
                StepStatus.Success => "green",
                _ => "grey",
            };
            cells.Add(Markup.Escape(RecordText.Step(record)));
            cells.Add($"[{colour}]{RecordText.Status(record)}[/]");
            cells.Add(RecordText.Duration(record));
            cells.Add(Markup.Escape(string.IsNullOrEmpty(record.ErrorMessage) ? RecordText.Details(record) : SafeText.Clean(record.ErrorMessage)));
            table.AddRow(cells.ToArray());
        }

        return table;
    }
}

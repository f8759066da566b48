using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using StepLog.Shared;

namespace StepLog.Runtime.Tests;

/// <summary>
/// The runtime writes by the line contract of src/Shared, which the steplog tool reads by: the event ids and names
/// of its entries, the status of each line, and the progress file's fields are the contract's, and nothing besides.
/// </summary>
public class LineContractTests
{
    [Fact]
    public void Each_kind_of_line_has_the_event_name_of_its_StepEvent()
    {
        Assert.Equal(
            Enum.GetValues<StepEvent>().Select(e => e.ToString()),
            Enum.GetValues<StepEvent>().Select(e => LineEvents.Name(e)));
        Assert.Equal(LineEvents.LastId, (int)Enum.GetValues<StepEvent>().Max());
    }

    [Fact]
    public void The_status_a_line_carries_is_the_word_the_runtime_documents()
    {
        Assert.Equal(
            ["success", "failed", "skipped", "cancelled", "incomplete", "warning", "retry"],
            new[] { StepEvent.StepSuccess, StepEvent.StepFailure, StepEvent.StepSkipped, StepEvent.StepCancelled, StepEvent.OperationIncomplete, StepEvent.StepWarning, StepEvent.StepRetry }
                .Select(EntryFields.Status));
        Assert.All(new[] { StepEvent.OperationStart, StepEvent.StepStart, StepEvent.OperationComplete, StepEvent.BatchProgress, StepEvent.BatchInterrupted }, kind => Assert.Null(EntryFields.Status(kind)));
    }

    [Fact]
    public void The_progress_file_holds_the_contracts_fields_in_their_order()
    {
        var json = ProgressJson.Write(new ProgressSnapshot { Operation = "Leads", Status = "running", Timestamp = new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc) });
        using var document = JsonDocument.Parse(json);

        var contract = typeof(ProgressFileFields).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(contract, document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_kind_of_line_has_an_emoji_and_an_ASCII_symbol()
    {
        foreach (var kind in Enum.GetValues<StepEvent>())
        {
            Assert.EndsWith(" ", SymbolTable.Prefix(kind, StepSymbols.Emoji));
            Assert.Matches(@"^\[[A-Z]+\] $", SymbolTable.Prefix(kind, StepSymbols.Ascii));
        }
    }
}

using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>Every entry exposes its fields as key/value pairs, so JSON console, Serilog and OpenTelemetry see fields, not text.</summary>
public class StructuredFieldTests
{
    private readonly LogCapture _capture = new();

    [Fact]
    public void Step_success_exposes_its_fields_and_metadata_unboxed_until_asked()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Model Sync", 2);
        op.Start(("provider", "openrouter"));
        op.Step(1, "Fetch from provider API");
        op.Success(("raw_models", 2834));

        var success = _capture.Entries[2];
        Assert.Equal("Model Sync", success.Field("operation"));
        Assert.Equal("Fetch from provider API", success.Field("step"));
        Assert.Equal(1, success.Field("step_number"));
        Assert.Equal(2, success.Field("total_steps"));
        Assert.Equal(0, success.Field("depth"));
        Assert.Equal("success", success.Field("status"));
        Assert.Equal(2834, success.Field("raw_models"));
        Assert.IsType<double>(success.Field("duration_ms"));
        Assert.Equal(
            "✅ [{step_number}/{total_steps}] {step:l} - SUCCESS (raw_models={raw_models}, duration_ms={duration_ms:0.0})",
            success.Field("{OriginalFormat}"));
    }

    [Fact]
    public void Operation_lines_carry_operation_and_depth()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Data Sync", 2);
        op.Start(("source", "api"));
        op.Complete(("total_records", 10));

        var start = _capture.Entries[0];
        Assert.Equal(["operation", "depth", "source", "operation_id", "{OriginalFormat}"], start.Fields.Select(f => f.Key));
        Assert.Equal("🚀 START: {operation:l} (source={source:l})", start.Field("{OriginalFormat}"));
        var complete = _capture.Entries[1];
        Assert.Equal(["operation", "depth", "total_duration_ms", "total_records", "operation_id", "{OriginalFormat}"], complete.Fields.Select(f => f.Key));
    }

    [Fact]
    public void Every_line_of_a_run_carries_the_runs_operation_id_in_its_fields_but_not_in_its_text()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Data Sync", 1);
        op.Start();
        op.Step(1, "Fetch");
        op.Success(("rows", 3));
        op.Complete();
        using var other = new StepLogger(_capture.CreateLogger("Tests"), "Data Sync", 1);
        other.Start();

        var ids = _capture.Entries.Select(e => (string)e.Field("operation_id")!).ToArray();
        Assert.Matches("^[0-9a-f]{16}$", op.OperationId);
        Assert.Equal<string>([op.OperationId!, op.OperationId!, op.OperationId!, op.OperationId!, other.OperationId!], ids);
        Assert.NotEqual(op.OperationId, other.OperationId);
        Assert.All(_capture.Lines, line => Assert.DoesNotContain(op.OperationId!, line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_metadata_value_named_operation_id_is_kept_beside_the_runs_own_so_the_key_appears_once()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("operation_id", "mine"));

        var start = _capture.Entries[0];
        Assert.Equal(op.OperationId, Assert.Single(start.Fields, f => f.Key == "operation_id").Value);
        Assert.Equal("mine", Assert.Single(start.Fields, f => f.Key == "operation_id_value").Value);
    }

    [Fact]
    public void Failure_exposes_status_and_error()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start();
        op.Step(1, "Connect");
        op.Failure(new InvalidOperationException("Connection refused"), ("table", "models"));

        var failure = _capture.Entries[^1];
        Assert.Equal("failed", failure.Field("status"));
        Assert.Equal("Connection refused", failure.Field("error"));
        Assert.Equal("models", failure.Field("table"));
    }

    [Fact]
    public void A_metadata_key_that_repeats_a_field_name_is_kept_beside_it_so_no_key_appears_twice()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start();
        op.Step(1, "Validate");
        op.Success(("status", "ok"));

        var success = _capture.Entries[^1];
        Assert.Equal(success.Fields.Count, success.Fields.Select(f => f.Key).Distinct().Count());
        Assert.Equal("success", success.Field("status"));
        Assert.Equal("ok", success.Field("status_value"));
        Assert.Equal("✅ [1/1] Validate - SUCCESS (status_value=ok, duration_ms=" + ((double)success.Field("duration_ms")!).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + ")", success.Message);
    }

    [Fact]
    public void Every_line_of_an_operation_with_a_subject_carries_it_in_its_fields_but_not_in_its_text()
    {
        var logger = _capture.CreateLogger("Tests");
        using (var op = new StepLogger(logger, "Reindex", 2) { Subject = "doc123" })
        {
            op.Start(("source", "api"));
            op.Step(1, "Load");
            op.Retry(new TimeoutException("slow"), 1);
            op.Warning("stale");
            op.Step(2, "Store");
            logger.LogStepStart(2, "Store", totalSteps: 2);
            op.Skip("read-only");
        }

        Assert.Equal(8, _capture.Entries.Count);
        Assert.All(_capture.Entries, e => Assert.Equal("doc123", e.Field("subject")));
        Assert.Equal(["operation", "depth", "source", "operation_id", "subject", "{OriginalFormat}"], _capture.Entries[0].Fields.Select(f => f.Key));
        Assert.All(_capture.Lines, line => Assert.DoesNotContain("doc123", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_line_of_a_generated_operation_carries_its_Subject_parameter()
    {
        var logger = _capture.CreateLogger("Tests");
        var definition = new Generated.OperationDefinition("Process document", 1, LogLevel.Information);
        var operation = Generated.GeneratedOperation.StartOnThread(
            logger, definition, Generated.GeneratedOperation.Outputs(logger, LogLevel.Information), Generated.GeneratedOperation.SubjectOf(42));
        try
        {
            logger.LogStepStart(1, "Parse", totalSteps: 1);
            operation.Succeed();
        }
        finally
        {
            operation.LeaveThread();
        }

        Assert.Equal(3, _capture.Entries.Count);
        Assert.All(_capture.Entries, e => Assert.Equal("42", e.Field("subject")));
    }

    [Fact]
    public void Lines_of_an_operation_without_a_subject_have_no_subject_field()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Plain", 1);
        op.Start();
        op.Complete();

        Assert.All(_capture.Entries, e => Assert.False(e.HasField("subject")));
    }

    [Fact]
    public void A_subject_is_a_field_as_escaped_text_and_a_value_named_subject_is_kept_beside_it()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1) { Subject = "doc\n🏁 COMPLETE: Forged" };
        op.Start(("subject", "mine"));

        var start = _capture.Entries[0];
        Assert.Equal(@"doc\n🏁 COMPLETE: Forged", start.Field("subject"));
        Assert.Equal("mine", start.Field("subject_value"));
        Assert.Equal("🚀 START: Op (subject_value=mine)", start.Message);
    }

    [Fact]
    public void String_fields_and_values_are_handed_on_as_the_escaped_text_the_line_shows()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Sync\r\nforged", 1);
        op.Start(StepMetadata.Of("user", "alice\n[ERROR] forged", "k\ney", 1, "thing", new Forger(), "letter", '\u001b', "count", 3, "at", DateTime.UnixEpoch));
        op.Step(1, "Fetch\u001b[2J");
        op.Failure(new InvalidOperationException("boom\u2028forged"));

        var start = _capture.Entries[0];
        Assert.Equal(@"Sync\r\nforged", start.Field("operation"));
        Assert.Equal(@"alice\n[ERROR] forged", start.Field("user"));
        Assert.Equal(1, start.Field(@"k\ney"));
        Assert.Equal(@"x\n[ERROR] forged", start.Field("thing"));
        Assert.Equal(@"\u001b", start.Field("letter"));
        Assert.Equal(3, start.Field("count"));
        Assert.Equal(DateTime.UnixEpoch, start.Field("at"));
        Assert.Equal(@"🚀 START: {operation:l} (user={user:l}, k\ney=1, thing={thing:l}, letter={letter:l}, count={count}, at={at:O})", start.Field("{OriginalFormat}"));
        Assert.Equal(@"Fetch\u001b[2J", _capture.Entries[^1].Field("step"));
        Assert.Equal(@"boom\u2028forged", _capture.Entries[^1].Field("error"));
    }

    private sealed class Forger
    {
        public override string ToString() => "x\n[ERROR] forged";
    }

    [Fact]
    public void Collections_are_fields_as_their_count()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("models", new[] { "a", "b", "c" }));

        Assert.Equal(3, _capture.Entries[0].Field("models"));
    }

    [Fact]
    public void Event_ids_name_the_kind_of_line()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start();
        op.Step(1, "Work on it");
        op.Skip("nothing to do");
        op.Complete();

        Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSkipped, StepEvent.OperationComplete],
            _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
        Assert.Equal(nameof(StepEvent.StepSkipped), _capture.Entries[2].EventId.Name);
    }

    [Fact]
    public void Entries_offer_the_step_view_to_formatters()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 4);
        op.Start();
        op.Step(3, "Upsert to database");

        var view = Assert.IsAssignableFrom<IStepLogEntry>(_capture.Entries[1].State);
        Assert.Equal(StepEvent.StepStart, view.Kind);
        Assert.Equal("Op", view.OperationName);
        Assert.Equal("Upsert to database", view.StepName);
        Assert.Equal(3, view.StepNumber);
        Assert.Equal(4, view.TotalSteps);
        Assert.Null(view.DurationMs);
        Assert.Equal("[STEP] [3/4] Upsert to database", view.Format(StepSymbols.Ascii));
    }
}

using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>Shapes a new user wrote that once broke the generated code; that this project builds is half the test.</summary>
public class UserShapeTests
{
    [Fact]
    public void A_generic_step_that_allows_ref_structs_takes_a_span_and_logs_what_it_can_hold()
    {
        var capture = new LogCapture();
        ReadOnlySpan<byte> data = [1, 2, 3];

        var size = new SpanMeasurer(capture.CreateLogger("Spans")).Measure(3, data);

        Assert.Equal(6, size);
        Assert.Equal(["▶️  [1/1] Measure (count=3)", "✅ [1/1] Measure - SUCCESS (size=6, duration_ms=#)"], capture.Lines.Select(Lines.Normalize));
    }

    [Fact]
    public void A_parameter_named_like_the_primary_constructor_logger_is_logged_and_does_not_replace_it()
    {
        var capture = new LogCapture();

        var result = new Sender(new Microsoft.Extensions.Logging.Logger<Sender>(capture)).Send("abc");

        Assert.Equal(3, result);
        Assert.Equal(
            [
                "🚀 START: Send (logger=abc)",
                "▶️  [1/1] Relay (relay_core=abc, sender=3)",
                "✅ [1/1] Relay - SUCCESS (relayed=3, duration_ms=#)",
                "🏁 COMPLETE: Send (status=success, total_duration_ms=#)",
            ],
            capture.Lines.Select(Lines.Normalize));
        Assert.All(capture.Entries, e => Assert.Equal(typeof(Sender).FullName, e.Category));
    }

    [Fact]
    public void Parameters_named_like_a_static_logger_the_body_and_the_type_are_only_values()
    {
        var capture = new LogCapture();
        Archive.Log = capture.CreateLogger("Archive");

        var stored = Archive.Store("ab", 3, "xyz");

        Assert.Equal(8, stored);
        Assert.Equal(
            ["▶️  [1/1] Store (log=ab, store_core=3, archive=xyz)", "✅ [1/1] Store - SUCCESS (stored=8, duration_ms=#)"],
            capture.Lines.Select(Lines.Normalize));
    }

    [Fact]
    public void Logged_values_named_like_StepLogs_fields_are_kept_beside_them()
    {
        var capture = new LogCapture();

        new Colliding(capture.CreateLogger("Colliding")).Run(3, "mine", 1, 2);

        Assert.Equal(
            [
                "🚀 START: Collide (depth_value=3, operation_value=mine, raw_count=1, raw_count_value=2)",
                "▶️  [1/1] Check (step_value=mine)",
                "✅ [1/1] Check - SUCCESS (status_value=mine-fine, duration_ms=#)",
                "🏁 COMPLETE: Collide (status=success, status_value=mine-fine-partial, total_duration_ms=#)",
            ],
            capture.Lines.Select(Lines.Normalize));
        var start = capture.Entries[0];
        Assert.Equal(0, start.Field("depth"));
        Assert.Equal(3, start.Field("depth_value"));
        Assert.Equal("Collide", start.Field("operation"));
        Assert.Equal(2, start.Field("raw_count_value"));
        Assert.Equal("Check", capture.Entries[1].Field("step"));
        Assert.Equal("success", capture.Entries[2].Field("status"));
        Assert.Equal("success", capture.Entries[3].Field("status"));
        Assert.Equal("mine-fine-partial", capture.Entries[3].Field("status_value"));
        Assert.All(capture.Entries, e => Assert.Equal(e.Fields.Count, e.Fields.Select(f => f.Key).Distinct().Count()));
    }
}

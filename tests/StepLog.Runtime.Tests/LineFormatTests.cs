using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>The exact text of every kind of line, as the format table of the foundation issue fixes it.</summary>
public class LineFormatTests
{
    private readonly LogCapture _capture = new();

    private ILogger Logger => _capture.CreateLogger("Tests");

    // Durations vary from run to run; every other character is asserted exactly.
    private static string Normalize(string line) => Regex.Replace(line, @"duration_ms=\d+\.\d", "duration_ms=#");

    [Fact]
    public void Seed_quick_start_renders_line_for_line()
    {
        using var op = new StepLogger(Logger, "My Operation", totalSteps: 3);
        op.Start(("context", "info"));
        op.Step(1, "First step");
        op.Success(("count", 100));
        op.Step(2, "Second step");
        op.Success(("result", "ok"));
        op.Complete(("total_items", 100));

        Assert.Equal(
            [
                "🚀 START: My Operation (context=info)",
                "▶️  [1/3] First step",
                "✅ [1/3] First step - SUCCESS (count=100, duration_ms=#)",
                "▶️  [2/3] Second step",
                "✅ [2/3] Second step - SUCCESS (result=ok, duration_ms=#)",
                "🏁 COMPLETE: My Operation (total_items=100, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Normalize));
        Assert.All(_capture.Entries, e => Assert.Equal(LogLevel.Information, e.Level));
    }

    [Fact]
    public void Step_start_carries_its_metadata()
    {
        using var op = new StepLogger(Logger, "Model Sync", 2);
        op.Start();
        op.Step(1, "Fetch from provider API", ("provider", "openrouter"), ("timeout", 30));

        Assert.Equal("🚀 START: Model Sync", _capture.Lines[0]);
        Assert.Equal("▶️  [1/2] Fetch from provider API (provider=openrouter, timeout=30)", _capture.Lines[1]);
    }

    [Fact]
    public void Failure_is_an_error_with_the_exception_attached()
    {
        var error = new TimeoutException("Request timeout after 30s");
        using var op = new StepLogger(Logger, "OpenRouter Model Fetch", 4);
        op.Start();
        op.Step(2, "Fetching models from API");
        op.Failure(error, ("provider", "openrouter"));

        var failure = _capture.Entries[^1];
        Assert.Equal("❌ [2/4] Fetching models from API - FAILED: Request timeout after 30s (provider=openrouter, duration_ms=#)", Normalize(failure.Message));
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Same(error, failure.Exception);
        Assert.Equal((int)StepEvent.StepFailure, failure.EventId.Id);
    }

    [Fact]
    public void Skip_names_its_reason()
    {
        using var op = new StepLogger(Logger, "Cache Lookup", 3);
        op.Start();
        op.Step(2, "Check local cache");
        op.Skip("Already cached");

        Assert.Equal("⏭️  [2/3] Check local cache - SKIPPED: Already cached", _capture.Lines[^1]);
        Assert.Equal(LogLevel.Information, _capture.Entries[^1].Level);
    }

    [Fact]
    public void Cancellation_is_a_warning_not_a_failure()
    {
        using var op = new StepLogger(Logger, "Sync", 2);
        op.Start();
        op.Step(1, "Fetch");
        op.Failure(new OperationCanceledException());

        var line = _capture.Entries[^1];
        Assert.Equal("⏹️  [1/2] Fetch - CANCELLED (duration_ms=#)", Normalize(line.Message));
        Assert.Equal(LogLevel.Warning, line.Level);
    }

    [Fact]
    public void Unknown_total_gives_a_bare_counter()
    {
        using var op = new StepLogger(Logger, "Open-ended");
        op.Start();
        op.Step(7, "Page through results");
        op.Success();

        Assert.Equal("▶️  [7] Page through results", _capture.Lines[1]);
        Assert.Equal("✅ [7] Page through results - SUCCESS (duration_ms=#)", Normalize(_capture.Lines[2]));
    }

    [Fact]
    public void Completing_with_an_exception_logs_failed_status_at_error()
    {
        var op = new StepLogger(Logger, "Risky Operation", 2);
        op.Start();
        op.Complete(new InvalidOperationException("disk full"));

        Assert.Equal("🏁 COMPLETE: Risky Operation (status=failed, error=disk full, total_duration_ms=#)", Normalize(_capture.Lines[^1]));
        Assert.Equal(LogLevel.Error, _capture.Entries[^1].Level);
    }

    [Fact]
    public void Disposing_an_incomplete_operation_warns()
    {
        using (var op = new StepLogger(Logger, "Forgotten", 5))
        {
            op.Start();
            op.Step(1, "One");
            op.Success();
            op.Step(2, "Two");
        }

        var last = _capture.Entries[^1];
        Assert.Equal("⚠️ INCOMPLETE: Forgotten (last_step=2/5, total_duration_ms=#)", Normalize(last.Message));
        Assert.Equal(LogLevel.Warning, last.Level);
    }

    [Fact]
    public void Disposing_a_completed_operation_logs_nothing_more()
    {
        using (var op = new StepLogger(Logger, "Done", 1))
        {
            op.Start();
            op.Complete();
        }

        Assert.Equal(2, _capture.Lines.Count);
    }

    [Fact]
    public void Durations_have_one_decimal_in_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            using var op = new StepLogger(Logger, "Culture", 1);
            op.Start();
            op.Step(1, "Measure", ("ratio", 2.5));
            op.Success();
            op.Complete();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal("▶️  [1/1] Measure (ratio=2.5)", _capture.Lines[1]);
        Assert.Matches(@"\(duration_ms=\d+\.\d\)$", _capture.Lines[2]);
    }

    [Fact]
    public void Values_render_invariantly_and_collections_as_their_count()
    {
        using var op = new StepLogger(Logger, "Values", 1);
        op.Start(("flag", true), ("nothing", (string?)null), ("items", new List<int> { 1, 2, 3 }), ("names", new HashSet<string> { "a", "b" }));

        Assert.Equal("🚀 START: Values (flag=true, nothing=null, items=3, names=2)", _capture.Lines[0]);
    }

    [Theory]
    [InlineData("line\nbreak", @"line\nbreak")]
    [InlineData("carriage\rreturn", @"carriage\rreturn")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001b[31mred\u001b[0m")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("sep\u2028arator", @"sep\u2028arator")]
    public void Control_characters_are_escaped_so_no_value_forges_a_line(string value, string expected)
    {
        using var op = new StepLogger(Logger, "Forgery", 1);
        op.Start(("input", value));

        Assert.Equal($"🚀 START: Forgery (input={expected})", _capture.Lines[0]);
    }

    [Fact]
    public void Names_and_exception_messages_are_escaped_too()
    {
        using var op = new StepLogger(Logger, "Multi\nline", 1);
        op.Start();
        op.Step(1, "Step\rname");
        op.Failure(new InvalidOperationException("first\nsecond"));

        Assert.Equal(@"🚀 START: Multi\nline", _capture.Lines[0]);
        Assert.StartsWith(@"❌ [1/1] Step\rname - FAILED: first\nsecond (", _capture.Lines[2]);
    }

    [Fact]
    public void A_long_value_is_cut_on_a_code_point_boundary_never_inside_a_surrogate_pair()
    {
        var value = new string('a', ValueText.MaxLength - 1) + "🚀 tail";
        using var op = new StepLogger(Logger, "Cut", 1);
        op.Start(("input", value));

        Assert.Equal($"🚀 START: Cut (input={new string('a', ValueText.MaxLength - 1)}…(+7 chars))", _capture.Lines[0]);
    }

    [Fact]
    public void Dates_and_times_render_as_invariant_ISO_8601_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            using var op = new StepLogger(Logger, "Dates", 1);
            op.Start(StepMetadata.Of(
                "at", new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                "local", new DateTime(2026, 12, 5, 18, 30, 15, DateTimeKind.Unspecified),
                "offset", new DateTimeOffset(2026, 12, 5, 18, 30, 15, TimeSpan.FromHours(2)),
                "day", new DateOnly(2026, 12, 5),
                "time", new TimeOnly(18, 30, 15)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(
            "🚀 START: Dates (at=1970-01-01T00:00:00.0000000Z, local=2026-12-05T18:30:15.0000000, "
            + "offset=2026-12-05T18:30:15.0000000+02:00, day=2026-12-05, time=18:30:15.0000000)",
            _capture.Lines[0]);
    }

    [Fact]
    public void A_step_without_Start_is_still_logged_rather_than_lost()
    {
        using var op = new StepLogger(Logger, "Unstarted", 1);
        op.Step(1, "Orphan step");
        op.Success();

        Assert.Equal("▶️  [1/1] Orphan step", _capture.Lines[0]);
        Assert.StartsWith("✅ [1/1] Orphan step - SUCCESS", _capture.Lines[1]);
    }
}

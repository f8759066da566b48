using System.Globalization;
using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>The ambient operation: a nested operation knows its parent and logs one level deeper (seed 001, Example 3).</summary>
public class NestingTests
{
    private readonly LogCapture _capture = new();

    private ILogger Logger => _capture.CreateLogger("Tests");

    [Fact]
    public void An_operation_started_inside_another_is_its_child()
    {
        using var cache = new StepLogger(Logger, "Cache: Fetch Full Catalog", 5);
        cache.Start(("cache_type", "full_catalog"));
        cache.Step(3, "Fetching from database", ("cache_layer", "database"));

        using (var db = new StepLogger(Logger, "Database: Fetch All Models", 2))
        {
            db.Start();
            Assert.Same(cache, db.Parent);
            Assert.Equal(1, db.Depth);
            Assert.Same(db, StepLogger.Current);
            db.Step(1, "Connecting to database");
            db.Success();
            db.Complete();
        }

        Assert.Same(cache, StepLogger.Current);
        cache.Success(("db_models", 11432));
        cache.Complete();

        Assert.Null(StepLogger.Current);
        Assert.Equal([0, 0, 1, 1, 1, 1, 0, 0], _capture.Entries.Select(e => (int)e.Field("depth")!));
    }

    [Fact]
    public async Task Nesting_flows_through_awaits_and_ends_with_the_caller()
    {
        using var parent = new StepLogger(Logger, "Parent", 1);
        parent.Start();
        parent.Step(1, "Call the child");
        var childDepth = await ChildAsync();
        parent.Success();
        parent.Complete();

        Assert.Equal(1, childDepth);
        Assert.Null(StepLogger.Current);

        async Task<int> ChildAsync()
        {
            await Task.Yield();
            using var child = new StepLogger(Logger, "Child", 1);
            child.Start();
            await Task.Yield();
            child.Step(1, "Work");
            child.Success();
            child.Complete();
            return child.Depth;
        }
    }

    [Fact]
    public void After_out_of_order_completion_no_completed_operation_is_current_again()
    {
        var a = new StepLogger(Logger, "A", 1);
        var b = new StepLogger(Logger, "B", 1);
        a.Start();
        b.Start();
        a.Complete();
        Assert.Same(b, StepLogger.Current);
        b.Complete();

        Assert.Null(StepLogger.Current);
        using var next = new StepLogger(Logger, "Next", 1);
        next.Start();
        Assert.Null(next.Parent);
        Assert.Equal(0, next.Depth);
        next.Complete();
        Assert.Equal(0, _capture.Entries[^1].Field("depth"));
        Assert.Null(StepLogger.Current);
    }

    [Fact]
    public void After_out_of_order_completion_the_live_outer_operation_is_current_again()
    {
        using var outer = new StepLogger(Logger, "Outer", 1);
        outer.Start();
        var a = new StepLogger(Logger, "A", 1);
        var b = new StepLogger(Logger, "B", 1);
        a.Start();
        b.Start();
        a.Complete();
        b.Dispose();

        Assert.Same(outer, StepLogger.Current);
        using var next = new StepLogger(Logger, "Next", 1);
        next.Start();
        Assert.Same(outer, next.Parent);
        Assert.Equal(1, next.Depth);
    }

    [Fact]
    public void Completing_an_operation_keeps_what_its_body_put_in_the_execution_context()
    {
        var slot = new AsyncLocal<string?>();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            var outer = new StepLogger(_capture.CreateLogger("Nesting"), "Outer");
            outer.Start();
            var inner = new StepLogger(_capture.CreateLogger("Nesting"), "Inner");
            inner.Start();
            slot.Value = "set inside";
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            inner.Complete();

            // The ambient operation goes back to the parent, and the body's own context changes stay, as without StepLog.
            Assert.Same(outer, StepLogger.Current);
            Assert.Equal("set inside", slot.Value);
            Assert.Equal("fr-FR", CultureInfo.CurrentCulture.Name);
            outer.Complete();
            Assert.Null(StepLogger.Current);
            Assert.Equal("set inside", slot.Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Completing_an_untouched_operation_gives_back_the_callers_context()
    {
        var slot = new AsyncLocal<string?> { Value = "before" };
        var outer = new StepLogger(_capture.CreateLogger("Nesting"), "Outer");
        outer.Start();
        var inner = new StepLogger(_capture.CreateLogger("Nesting"), "Inner");
        inner.Start();
        inner.Complete();

        Assert.Same(outer, StepLogger.Current);
        Assert.Equal("before", slot.Value);
        outer.Complete();
        Assert.Null(StepLogger.Current);
    }

    [Fact]
    public void A_step_logged_through_the_extensions_takes_the_ambient_operation()
    {
        using var op = new StepLogger(Logger, "Data Pipeline", 3);
        op.Start();
        Logger.LogStepStart(1, "Processing data", totalSteps: 3);
        Logger.LogStepSuccess(1, "Processing data", StepMetadata.Of("records", 1000), totalSteps: 3);

        Assert.Equal("▶️  [1/3] Processing data", _capture.Lines[1]);
        Assert.Equal("✅ [1/3] Processing data - SUCCESS (records=1000)", _capture.Lines[2]);
        Assert.Equal("Data Pipeline", _capture.Entries[1].Field("operation"));
    }

    [Fact]
    public void The_convenience_failure_is_an_error_with_the_exception()
    {
        var error = new InvalidOperationException("boom");
        Logger.LogStepFailure(1, "Processing data", error, totalSteps: 3, duration: TimeSpan.FromMilliseconds(12.34), operationName: "Data Pipeline");

        var line = _capture.Entries.Single();
        Assert.Equal("❌ [1/3] Processing data - FAILED: boom (duration_ms=12.3)", line.Message);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Same(error, line.Exception);
    }
}

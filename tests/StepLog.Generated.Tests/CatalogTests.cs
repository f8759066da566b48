using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>Several operations in one type, sync and ValueTask shapes, collection results, levels and nesting.</summary>
public class CatalogTests
{
    private readonly LogCapture _capture = new();

    [Fact]
    public void A_sync_operation_logs_its_steps_its_result_and_a_collection_as_its_count()
    {
        var catalog = new Catalog(_capture.CreateLogger("Catalog"));

        var imported = catalog.Import("csv", 5);

        Assert.Equal(5, imported);
        Assert.Equal(
            [
                "🚀 START: Import (source=csv, batch=5)",
                "▶️  [1/2] Read rows",
                "✅ [1/2] Read rows - SUCCESS (rows=5, duration_ms=#)",
                "▶️  [2/2] Store rows",
                "✅ [2/2] Store rows - SUCCESS (duration_ms=#)",
                "🏁 COMPLETE: Import (status=success, imported=5, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Equal(5, _capture.Entries[2].Field("rows"));
    }

    [Fact]
    public void A_nested_operation_logs_at_depth_plus_one()
    {
        var catalog = new Catalog(_capture.CreateLogger("Catalog"), inner: new Catalog(_capture.CreateLogger("Inner")));

        catalog.Import("csv", 2);

        var inner = _capture.Entries.Where(e => e.Category == "Inner").ToArray();
        var outer = _capture.Entries.Where(e => e.Category == "Catalog").ToArray();
        Assert.Equal(6, inner.Length);
        Assert.All(inner, e => Assert.Equal(1, e.Field("depth")));
        Assert.All(outer, e => Assert.Equal(0, e.Field("depth")));
        Assert.Equal("🚀 START: Import (source=inner, batch=1)", inner[0].Message);
        Assert.Null(StepLogger.Current);
    }

    [Fact]
    public void A_sync_failure_is_rethrown_as_the_same_object_with_the_core_frame()
    {
        var error = new InvalidOperationException("disk full");
        var catalog = new Catalog(_capture.CreateLogger("Catalog")) { Failure = error };

        var thrown = Assert.Throws<InvalidOperationException>(() => catalog.Import("csv", 1));

        Assert.Same(error, thrown);
        Assert.Contains("StoreCore", thrown.StackTrace, StringComparison.Ordinal);
        Assert.Equal(
            [
                "🚀 START: Import (source=csv, batch=1)",
                "▶️  [1/2] Read rows",
                "✅ [1/2] Read rows - SUCCESS (rows=1, duration_ms=#)",
                "▶️  [2/2] Store rows",
                "❌ [2/2] Store rows - FAILED: disk full (duration_ms=#)",
                "🏁 COMPLETE: Import (status=failed, error=disk full, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Same(error, _capture.Entries[4].Exception);
        Assert.Null(StepLogger.Current);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_value_task_operation_logs_at_its_level_with_n_of_its_own_steps(bool yieldFirst)
    {
        var catalog = new Catalog(_capture.CreateLogger("Catalog"));

        var written = await catalog.ExportAsync("out.json", yieldFirst);

        Assert.Equal(["a", "b", "c"], written);
        Assert.Equal(
            [
                "🚀 START: Export (target=out.json)",
                "▶️  [1/1] Write file",
                "✅ [1/1] Write file - SUCCESS (duration_ms=#)",
                "🏁 COMPLETE: Export (status=success, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Equal(LogLevel.Debug, _capture.Entries[0].Level);
        Assert.Equal(LogLevel.Information, _capture.Entries[1].Level);
    }

    [Fact]
    public void A_disabled_level_logs_nothing_and_still_returns_the_result()
    {
        var catalog = new Catalog(_capture.CreateLogger("Catalog"));
        _capture.MinimumLevel = LogLevel.Warning;

        Assert.Equal(3, catalog.Import("csv", 3));
        Assert.Empty(_capture.Lines);
    }
}

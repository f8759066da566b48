using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>
/// StepLog's own fields always hold StepLog's values; a user's value under one of their names, or under a key the line
/// already has, is kept as {key}_value (then _value2, …) in the text and in the structured state alike.
/// </summary>
public class MetadataKeyCollisionTests
{
    private readonly LogCapture _capture = new();

    private ILogger Logger => _capture.CreateLogger("Tests");

    [Fact]
    public void Start_values_named_like_the_operation_and_its_depth_do_not_replace_them()
    {
        using var op = new StepLogger(Logger, "Sync", 1);
        op.Start(("operation", "mine"), ("depth", 3));

        var start = _capture.Entries[0];
        Assert.Equal("🚀 START: Sync (operation_value=mine, depth_value=3)", start.Message);
        Assert.Equal("Sync", start.Field("operation"));
        Assert.Equal(0, start.Field("depth"));
        Assert.Equal("mine", start.Field("operation_value"));
        Assert.Equal(3, start.Field("depth_value"));
        AssertKeysUnique(start);
    }

    [Fact]
    public void A_duration_given_by_the_user_is_kept_beside_the_measured_one()
    {
        using var op = new StepLogger(Logger, "Sync", 1);
        op.Start();
        op.Step(1, "Fetch");
        op.Success(("duration_ms", 99));

        var success = _capture.Entries[^1];
        Assert.Matches(@"^✅ \[1/1\] Fetch - SUCCESS \(duration_ms_value=99, duration_ms=\d+\.\d\)$", success.Message);
        Assert.Equal(99, success.Field("duration_ms_value"));
        Assert.IsType<double>(success.Field("duration_ms"));
        AssertKeysUnique(success);
    }

    [Fact]
    public void A_repeated_key_is_numbered_and_skips_names_the_line_already_uses()
    {
        using var op = new StepLogger(Logger, "Sync", 1);
        op.Start(("count", 1), ("count", 2), ("count_value", 3), ("count", 4));

        var start = _capture.Entries[0];
        Assert.Equal("🚀 START: Sync (count=1, count_value2=2, count_value=3, count_value3=4)", start.Message);
        Assert.Equal(2, start.Field("count_value2"));
        Assert.Equal(4, start.Field("count_value3"));
        AssertKeysUnique(start);
    }

    [Fact]
    public void Every_name_StepLog_keeps_for_itself_is_renamed_on_a_start_line()
    {
        string[] reserved = ["operation", "operation_id", "step", "step_number", "total_steps", "depth", "duration_ms", "total_duration_ms", "trace_id", "span_id", "subject", "last_step"];
        foreach (var key in reserved)
        {
            using var op = new StepLogger(Logger, "Op", 1);
            op.Start((key, 1));
        }

        Assert.Equal(reserved.Select(k => $"🚀 START: Op ({k}_value=1)"), _capture.Entries.Where(e => e.EventId.Id == (int)StepEvent.OperationStart).Select(e => e.Message));
    }

    [Fact]
    public void Status_error_and_reason_are_StepLogs_only_on_the_lines_that_carry_them()
    {
        using var op = new StepLogger(Logger, "Op", 2);
        op.Start(("status", "warming"));
        op.Step(1, "Check");
        op.Skip("cached", ("reason", "fresh"), ("status", "kept"));
        op.Step(2, "Store");
        op.Failure(new InvalidOperationException("down"), ("error", "E42"));
        op.Complete(("status", "partial"));

        var lines = _capture.Entries.Select(e => e.Message).ToList();
        Assert.Equal("🚀 START: Op (status=warming)", lines[0]);
        Assert.Equal("⏭️  [1/2] Check - SKIPPED: cached (reason_value=fresh, status_value=kept)", lines[2]);
        Assert.Matches(@"^❌ \[2/2\] Store - FAILED: down \(error_value=E42, duration_ms=", lines[4]);
        Assert.StartsWith("🏁 COMPLETE: Op (status=partial, total_duration_ms=", lines[5]);
        Assert.Equal("skipped", _capture.Entries[2].Field("status"));
        Assert.Equal("cached", _capture.Entries[2].Field("reason"));
        Assert.Equal("down", _capture.Entries[4].Field("error"));
        Assert.Equal("E42", _capture.Entries[4].Field("error_value"));
        Assert.All(_capture.Entries, AssertKeysUnique);
    }

    [Fact]
    public void One_line_extensions_keep_colliding_values_too()
    {
        Logger.LogStepSuccess(1, "Load", StepMetadata.Of("step", "mine", "total_steps", 9), totalSteps: 3, duration: TimeSpan.FromMilliseconds(5));

        var success = _capture.Entries[0];
        Assert.Equal("✅ [1/3] Load - SUCCESS (step_value=mine, total_steps_value=9, duration_ms=5.0)", success.Message);
        Assert.Equal("Load", success.Field("step"));
        Assert.Equal(3, success.Field("total_steps"));
        AssertKeysUnique(success);
    }

    [Fact]
    public void The_message_template_names_the_same_keys_as_the_fields()
    {
        using var op = new StepLogger(Logger, "Op", 1);
        op.Start(("depth", 3), ("depth", 4));

        var template = (string)_capture.Entries[0].Field("{OriginalFormat}")!;
        Assert.Equal("🚀 START: {operation:l} (depth_value={depth_value}, depth_value2={depth_value2})", template);
    }

    [Fact]
    public void Keys_of_a_line_without_a_collision_allocate_nothing()
    {
        var metadata = StepMetadata.Of("provider", "openrouter", "attempt", 2, "raw_models", 2834);
        _ = MetadataKeys.KeyAt(metadata, 0, StepEvent.StepSuccess);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            for (var index = 0; index < metadata.Count; index++)
            {
                _ = MetadataKeys.KeyAt(metadata, index, StepEvent.StepSuccess);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Renaming_many_values_under_one_key_reads_each_key_a_bounded_number_of_times()
    {
        // 64 values under one key: renaming that re-derives every earlier value's new name does 2^64 reads; the budget
        // stops it with an exception long before, so that this test fails rather than hangs.
        var metadata = new ManyValues(64, _ => "count", budget: 64 * 64);

        var line = new StepLogEntry<ManyValues>(StepEvent.OperationStart, "Op", null, 0, 1, 0, double.NaN, null, metadata).Format(StepSymbols.Ascii);

        Assert.Equal(
            "[START] START: Op (count=0, " + string.Join(", ", Enumerable.Range(1, 63).Select(i => (i == 1 ? "count_value" : "count_value" + i) + "=" + i)) + ")",
            line);
    }

    [Fact]
    public void Ten_thousand_values_under_one_key_are_all_kept_under_distinct_names_in_text_and_fields()
    {
        const int count = 10_000;
        var metadata = new ManyValues(count, i => i % 2 == 0 ? "count" : "depth", budget: 100 * count);
        var entry = new StepLogEntry<ManyValues>(StepEvent.OperationStart, "Op", null, 0, 1, 0, double.NaN, null, metadata);

        var fields = entry.ToList();
        var line = entry.Format(StepSymbols.Ascii);

        var keys = fields.Skip(2).Take(count).Select(f => f.Key).ToList();
        Assert.Equal(count, keys.Distinct().Count());
        Assert.Equal("count", keys[0]);
        Assert.Equal("depth_value", keys[1]);
        Assert.Equal("count_value", keys[2]);
        Assert.Equal("depth_value2", keys[3]);
        Assert.Equal("count_value" + (count / 2 - 1), keys[count - 2]);
        Assert.Equal("depth_value" + (count / 2), keys[count - 1]);
        Assert.EndsWith($", count_value{count / 2 - 1}={count - 2}, depth_value{count / 2}={count - 1})", line);
    }

    /// <summary>Values under keys a function gives, that count how often their keys are read and stop past a budget.</summary>
    private readonly struct ManyValues(int count, Func<int, string> key, int budget) : IStepMetadata
    {
        private readonly int[] _reads = [0];

        public int Count => count;

        public string GetKey(int index)
        {
            if (++_reads[0] > budget)
            {
                throw new InvalidOperationException($"more than {budget} key reads for {count} values");
            }

            return key(index);
        }

        public object? GetValue(int index) => index;
    }

    private static void AssertKeysUnique(CapturedEntry entry) =>
        Assert.Equal(entry.Fields.Count, entry.Fields.Select(f => f.Key).Distinct().Count());
}

using System.Collections.Concurrent;

namespace StepLog.Batches.Tests;

public class CheckpointTests
{
    [Fact]
    public async Task After_a_graceful_stop_the_rerun_processes_each_successful_item_exactly_once_and_retries_failures()
    {
        using var batch = new BatchFixture();
        batch.Options.Checkpoint = batch.PathOf("state/leads.checkpoint");
        var calls = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var items = Enumerable.Range(1, 10).Select(i => "lead-" + i).ToArray();

        var first = await StepBatch.RunAsync("Leads", items, (item, _) =>
        {
            calls.Add(item);
            if (item == "lead-2")
            {
                throw new InvalidOperationException("flaky");
            }

            if (item == "lead-4")
            {
                stop.Cancel();
            }

            return default;
        }, batch.Options, s => s, stop.Token);

        Assert.True(first.Interrupted);
        Assert.Equal((3, 1), (first.Succeeded, first.Failed));

        using var rerun = new BatchFixture();
        rerun.Options.Checkpoint = batch.Options.Checkpoint;
        rerun.Clock.Advance(5);
        var second = await StepBatch.RunAsync("Leads", items, (item, _) =>
        {
            calls.Add(item);
            rerun.Clock.Advance(1);
            return default;
        }, rerun.Options, s => s);

        Assert.Equal("🚀 START: Leads (total=10, resumed=3)", rerun.Lines[0]);
        Assert.Equal((3, 7, 0, false), (second.Resumed, second.Succeeded, second.Failed, second.Interrupted));

        // lead-2 failed and ran again; every other item ran once.
        Assert.Equal(items.Append("lead-2").Order(), calls.Order());

        // The rate counts only the items run now: 7 items in 7 s, not 10.
        Assert.Equal("🏁 COMPLETE: Leads (processed=7, succeeded=7, failed=0, success_rate=100.0, rate_per_second=1.0, total_duration_ms=7000.0)", rerun.Lines[^1]);
    }

    [Fact]
    public async Task Failed_items_stay_skipped_when_retrying_is_off()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("c.txt");
        Directory.CreateDirectory(batch.Folder);
        await File.WriteAllTextAsync(path, "ok\t1\nfailed\t2\n");
        batch.Options.Checkpoint = path;
        batch.Options.RetryFailedOnResume = false;
        var ran = new List<int>();

        var result = await StepBatch.RunAsync("No retry", [1, 2, 3], (i, _) =>
        {
            ran.Add(i);
            return default;
        }, batch.Options);

        Assert.Equal([3], ran);
        Assert.Equal(2, result.Resumed);
    }

    [Fact]
    public async Task A_torn_last_line_is_ignored_and_cut_off_before_the_next_run_appends()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("torn.txt");
        Directory.CreateDirectory(batch.Folder);
        await File.WriteAllTextAsync(path, "ok\ta\nok\tb\nok\tc");
        batch.Options.Checkpoint = path;
        var ran = new List<string>();

        var result = await StepBatch.RunAsync("Torn", ["a", "b", "c", "d"], (s, _) =>
        {
            ran.Add(s);
            return default;
        }, batch.Options, s => s);

        Assert.Equal(["c", "d"], ran);
        Assert.Equal(2, result.Resumed);
        Assert.Equal("ok\ta\nok\tb\nok\tc\nok\td\n", await File.ReadAllTextAsync(path));
        Assert.True(Checkpoint.Read(path).Values.All(ok => ok));
    }

    [Fact]
    public async Task A_torn_tail_is_never_completed_into_the_line_of_an_item_that_no_run_finished()
    {
        // A crash while appending "ok\tfile11\n" left "ok\tfile1": the id of another item that never ran.
        using var batch = new BatchFixture();
        var path = batch.PathOf("torn.checkpoint");
        Directory.CreateDirectory(batch.Folder);
        await File.WriteAllTextAsync(path, "ok\tfile10\nok\tfile1");
        batch.Options.Checkpoint = path;
        await StepBatch.RunAsync("Files", ["file10", "file11"], (_, _) => default, batch.Options, s => s);

        Assert.False(Checkpoint.Read(path).ContainsKey("file1"));
        var ran = new List<string>();
        var third = await StepBatch.RunAsync("Files", ["file1", "file10", "file11"], (s, _) =>
        {
            ran.Add(s);
            return default;
        }, batch.Options, s => s);

        Assert.Equal(["file1"], ran);
        Assert.Equal(2, third.Resumed);
    }

    [Fact]
    public async Task A_torn_tail_cut_in_the_middle_of_a_character_is_cut_off_whole()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("torn-utf8.checkpoint");
        Directory.CreateDirectory(batch.Folder);
        var bytes = new List<byte>(System.Text.Encoding.UTF8.GetBytes("ok\tä\nok\t\u00e9"));
        bytes.RemoveAt(bytes.Count - 1); // half of "é"
        await File.WriteAllBytesAsync(path, [.. bytes]);
        batch.Options.Checkpoint = path;

        var result = await StepBatch.RunAsync("Files", ["ä", "é"], (_, _) => default, batch.Options, s => s);

        Assert.Equal((1, 1), (result.Resumed, result.Succeeded));
        Assert.Equal("ok\tä\nok\té\n", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void Ids_with_tabs_and_newlines_keep_to_one_line()
    {
        var id = "a\tb\nc\\d\re";
        Assert.DoesNotContain('\n', Checkpoint.Escape(id));
        Assert.DoesNotContain('\t', Checkpoint.Escape(id));
        Assert.Equal(id, Checkpoint.Unescape(Checkpoint.Escape(id)));
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Watch;

public class WatchCommandTests
{
    [Fact]
    public async Task Follows_a_running_batch_line_by_line_until_it_ends()
    {
        using var folder = new TempFolder();
        var watch = CliRun.RunAsync("watch", folder.Path, "--interval", "5ms");
        await Task.Delay(50); // the watch starts before the batch, on an empty folder
        var result = await RuntimeBatch.RunAsync("Lead Classification", folder.File("leads.json"), 6, async (_, token) => await Task.Delay(40, token));
        var watched = await watch;

        Assert.True(watched.ExitCode == 0, watched.ToString());
        Assert.Equal(6, result.Succeeded);
        Assert.StartsWith("Waiting for progress files in " + folder.Path, watched.Lines[0]);
        Assert.Contains(watched.Lines, line => Regex.IsMatch(line, "^leads\\.json: Lead Classification \\[op [0-9a-f]{16}\\] running ") && line.Contains("/s ETA "));
        Assert.Matches(@"leads\.json: Lead Classification \[op [0-9a-f]{16}\] completed 6/6 \(100\.0%\) ", watched.Output);
        Assert.Equal("Every batch has ended. 1 batch: 1 completed.", watched.Lines[^1]);

        // One line per change: the counts only grow, and no state is printed twice in a row.
        var counts = watched.Lines.Where(line => line.StartsWith("leads.json:")).Select(line => int.Parse(Regex.Match(line, " ([0-9]+)/6 ").Groups[1].Value)).ToList();
        Assert.Equal(counts.Order(), counts);
        Assert.Equal(counts.Count, watched.Lines.Where(line => line.StartsWith("leads.json:")).Distinct().Count());
        Assert.DoesNotContain('\u001b', watched.Output);
    }

    [Fact]
    public async Task Once_prints_a_batch_midway_and_exits()
    {
        using var folder = new TempFolder();
        var file = folder.File("import.json");
        var gate = new TaskCompletionSource();
        var batch = RuntimeBatch.RunAsync("Import", file, 4, async (item, _) =>
        {
            if (item == 3)
            {
                await gate.Task;
            }
        });
        await RuntimeBatch.WaitForProcessedAsync(file, 2);

        var once = await CliRun.RunAsync("watch", "--once", file);
        gate.SetResult();
        await batch;

        Assert.True(once.ExitCode == 0, once.ToString());
        Assert.Matches(@"^import\.json: Import \[op [0-9a-f]{16}\] running 2/4 \(50\.0%\) [0-9.]+/s ETA \S+$", once.Lines[0]);
        Assert.Equal("1 batch: 1 running.", once.Lines[^1]);
    }

    // The id the batch's lines carry (operation_id, the [op …] prefix): whoever watches a batch finds its lines by it.
    [Fact]
    public async Task A_batch_is_shown_with_the_operation_id_of_its_progress_file()
    {
        using var folder = new TempFolder();
        var file = folder.File("sync.json");
        await RuntimeBatch.RunAsync("Sync", file, 2, (_, _) => ValueTask.CompletedTask);
        using var written = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var id = written.RootElement.GetProperty("operation_id").GetString();

        var once = await CliRun.RunAsync("watch", "--once", folder.Path);

        Assert.True(once.ExitCode == 0, once.ToString());
        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.StartsWith($"sync.json: Sync [op {id}] completed 2/2 (100.0%) ", once.Lines[0]);
    }

    [Fact]
    public async Task Failed_items_are_counted_and_make_the_exit_code_1()
    {
        using var folder = new TempFolder();
        await RuntimeBatch.RunAsync("Sync", folder.File("sync.json"), 3, (item, _) =>
            item == 2 ? throw new InvalidOperationException("no") : ValueTask.CompletedTask);

        var once = await CliRun.RunAsync("watch", "--once", folder.Path);

        Assert.True(once.ExitCode == 1, once.ToString());
        Assert.Matches(@"^sync\.json: Sync \[op [0-9a-f]{16}\] completed 3/3 \(100\.0%\) ", once.Lines[0]);
        Assert.EndsWith(", 1 failed", once.Lines[0]);
    }

    [Fact]
    public async Task A_malformed_file_is_reported_and_does_not_stop_the_watch()
    {
        using var folder = new TempFolder();
        await RuntimeBatch.RunAsync("Good", folder.File("good.json"), 2, (_, _) => ValueTask.CompletedTask);
        File.WriteAllText(folder.File("broken.json"), "{ \"operation\": \"Half");
        File.WriteAllText(folder.File("typed.json"), "{ \"operation\": 5, \"status\": \"running\", \"processed\": 1, \"total\": 2 }");
        File.WriteAllText(folder.File("array.json"), "[1, 2]");

        var watched = await CliRun.RunAsync("watch", folder.Path, "--interval", "5ms");

        Assert.True(watched.ExitCode == 0, watched.ToString());
        Assert.Contains(watched.Lines, line => line.StartsWith("broken.json: unreadable, not valid JSON: ", StringComparison.Ordinal));
        Assert.Contains("typed.json: unreadable, \"operation\" is a number, not a string", watched.Lines);
        Assert.Contains("array.json: unreadable, the JSON is an array, not an object", watched.Lines);
        Assert.Contains(watched.Lines, line => Regex.IsMatch(line, @"^good\.json: Good \[op [0-9a-f]{16}\] completed 2/2 \(100\.0%\) "));
        Assert.Equal("Every batch has ended. 1 batch: 1 completed; 3 unreadable file(s).", watched.Lines[^1]);
    }

    [Fact]
    public async Task A_running_batch_whose_process_is_gone_is_shown_stopped_and_ends_the_watch()
    {
        using var folder = new TempFolder();
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        File.WriteAllText(folder.File("killed.json"), $$"""
            { "operation": "Nightly", "status": "running", "processed": 7, "total": 10, "percentage": 70.0,
              "rate_per_second": 2.0, "elapsed_seconds": 3.5, "eta_seconds": 1.5, "pid": {{exited.Id}} }
            """);

        var watched = await CliRun.RunAsync("watch", folder.Path, "--interval", "5ms");

        Assert.True(watched.ExitCode == 1, watched.ToString());
        Assert.StartsWith($"killed.json: Nightly stopped (process {exited.Id} is gone) 7/10 (70.0%) 2.0/s in 3s", watched.Lines[0]);
    }

    [Fact]
    public async Task Control_characters_in_a_file_are_escaped_never_echoed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("evil.json"), """
            { "operation": "\u001b[31mRed\rOver", "status": "completed", "processed": 1, "total": 1, "percentage": 100.0 }
            """);

        var once = await CliRun.RunAsync("watch", "--once", folder.Path);

        Assert.DoesNotContain('\u001b', once.Output);
        Assert.DoesNotContain('\r', once.Output);
        Assert.StartsWith(@"evil.json: \u001b[31mRed\rOver completed 1/1 (100.0%)", once.Lines[0]);
    }

    [Fact]
    public async Task Once_on_a_missing_path_is_exit_code_2_with_one_line()
    {
        using var folder = new TempFolder();
        var missing = folder.File("nothing-here.json");

        var once = await CliRun.RunAsync("watch", "--once", missing);

        Assert.Equal(2, once.ExitCode);
        Assert.Equal($"steplog watch: '{missing}' not found: give a progress file or a folder of them.", once.Error.Trim());
    }

    [Fact]
    public async Task A_bad_interval_is_refused_with_the_accepted_forms()
    {
        var result = await CliRun.RunAsync("watch", "--interval", "soon");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--interval: 'soon' is not a positive duration; use a number and a unit, such as 250ms or 2s.", result.Error);
    }
}

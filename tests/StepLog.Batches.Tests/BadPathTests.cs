using Microsoft.Extensions.Logging;

namespace StepLog.Batches.Tests;

/// <summary>
/// A progress file or checkpoint that cannot be used at all is said before any item runs; one that fails while the
/// batch runs costs the report, never the batch, and is said once. The paths fail for root too: a folder under a
/// regular file cannot be created by anyone, and a folder cannot be opened as a file.
/// </summary>
public class BadPathTests
{
    [Fact]
    public async Task A_progress_file_whose_folder_cannot_be_created_is_reported_before_any_item_runs()
    {
        using var batch = new BatchFixture();
        var blocker = batch.PathOf("blocker");
        Directory.CreateDirectory(batch.Folder);
        await File.WriteAllTextAsync(blocker, "a file, not a folder");
        var path = Path.Combine(blocker, "progress", "leads.json");
        batch.Options.ProgressFile = path;
        var ran = 0;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StepBatch.RunAsync("Leads", [1, 2], (_, _) =>
        {
            ran++;
            return default;
        }, batch.Options));

        Assert.Equal(0, ran);
        Assert.Empty(batch.Lines);
        Assert.Contains("StepBatchOptions.ProgressFile", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains("its folder cannot be created", error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task A_checkpoint_that_is_a_folder_is_reported_before_any_item_runs()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("state.checkpoint");
        Directory.CreateDirectory(path);
        batch.Options.Checkpoint = path;
        var ran = 0;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StepBatch.RunAsync("Leads", [1, 2], (_, _) =>
        {
            ran++;
            return default;
        }, batch.Options));

        Assert.Equal(0, ran);
        Assert.Empty(batch.Lines);
        Assert.Contains("StepBatchOptions.Checkpoint", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public async Task A_progress_file_that_is_a_folder_is_reported_before_any_item_runs()
    {
        using var batch = new BatchFixture();
        var path = batch.PathOf("progress.json");
        Directory.CreateDirectory(path);
        batch.Options.ProgressFile = path;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StepBatch.RunAsync("Leads", [1], (_, _) => default, batch.Options));

        Assert.Empty(batch.Lines);
        Assert.Contains("StepBatchOptions.ProgressFile", error.Message);
        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public async Task A_checkpoint_whose_folder_cannot_be_created_is_reported_before_any_item_runs()
    {
        using var batch = new BatchFixture();
        var blocker = batch.PathOf("blocker");
        Directory.CreateDirectory(batch.Folder);
        await File.WriteAllTextAsync(blocker, "a file, not a folder");
        batch.Options.Checkpoint = Path.Combine(blocker, "leads.checkpoint");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StepBatch.RunAsync("Leads", [1], (_, _) => default, batch.Options));

        Assert.Empty(batch.Lines);
        Assert.Contains("StepBatchOptions.Checkpoint", error.Message);
        Assert.Contains("its folder cannot be created", error.Message);
    }

    [Fact]
    public async Task A_progress_file_that_fails_during_the_run_costs_the_report_not_the_batch_and_is_said_once()
    {
        using var batch = new BatchFixture();
        var folder = batch.PathOf("progress");
        batch.Options.ProgressFile = Path.Combine(folder, "leads.json");
        batch.Options.ProgressInterval = TimeSpan.Zero;

        var result = await StepBatch.RunAsync("Leads", Enumerable.Range(1, 50), (item, _) =>
        {
            if (item == 3)
            {
                // The folder is replaced by a file: every later write of the progress file fails, even for root.
                Directory.Delete(folder, recursive: true);
                File.WriteAllText(folder, "in the way");
            }

            return default;
        }, batch.Options);

        Assert.Equal((50, 0, false), (result.Succeeded, result.Failed, result.Interrupted));
        var warning = Assert.Single(batch.Capture.Entries, e => e.Level == LogLevel.Warning);
        Assert.StartsWith("⚠️  Leads - WARNING: the progress file '" + batch.Options.ProgressFile + "' could not be written", warning.Message);
        Assert.Contains("said once", warning.Message);
        Assert.StartsWith("🏁 COMPLETE: Leads (processed=50", batch.Lines[^1]);
    }
}

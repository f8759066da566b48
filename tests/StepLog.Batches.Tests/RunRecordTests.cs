using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using StepLog.Records;

namespace StepLog.Batches.Tests;

/// <summary>What a batch's records tell a store about its run: that it is a batch, which runs are its items', how far it is.</summary>
public class RunRecordTests
{
    [Fact]
    public async Task A_batchs_own_records_say_it_is_a_batch()
    {
        using var batch = new BatchFixture();
        var records = new ConcurrentQueue<StepRecord>();
        using (StepLogging.ObserveRecords(new Collector(records)))
        {
            await StepBatch.RunAsync("Batch Kind", ["a", "b"], (_, _) => default, batch.Options, s => s);
        }

        var own = records.Where(r => r.Operation == "Batch Kind").ToList();
        Assert.Equal(2, own.Count);
        Assert.All(own, r => Assert.Equal(StepRunKind.Batch, r.RunKind));
    }

    [Fact]
    public async Task The_operations_of_an_item_name_the_batch_as_the_run_they_ran_inside()
    {
        using var batch = new BatchFixture();
        var records = new ConcurrentQueue<StepRecord>();
        using (StepLogging.ObserveRecords(new Collector(records)))
        {
            await StepBatch.RunAsync("Batch Parent", ["doc-1", "doc-2"], (document, _) =>
            {
                using var op = new StepLogger(NullLogger.Instance, "Batch Parent Item", 1);
                op.Start();
                op.Step(1, "Read");
                op.Success();
                op.Complete();
                return default;
            }, batch.Options, document => document);
        }

        var batchId = records.First(r => r.Operation == "Batch Parent").OperationId;
        var items = records.Where(r => r.Operation == "Batch Parent Item").ToList();
        var starts = items.Where(r => r.StepNumber == 0 && r.Status == StepStatus.Running).ToList();
        Assert.Equal(2, starts.Count);
        Assert.All(starts, r => Assert.Equal((batchId, StepRunKind.Operation), (r.ParentOperationId, r.RunKind)));
        Assert.All(items.Where(r => r.StepNumber > 0), r => Assert.Null(r.ParentOperationId));
    }

    [Fact]
    public async Task A_running_batch_records_its_progress_at_each_report_in_the_words_of_its_progress_line()
    {
        using var batch = new BatchFixture();
        var records = new ConcurrentQueue<StepRecord>();
        using (StepLogging.ObserveRecords(new Collector(records)))
        {
            await StepBatch.RunAsync("Batch Live", [1, 2, 3, 4], (item, _) =>
            {
                // Two seconds an item: past the progress interval (one second) at the end of each.
                batch.Clock.Advance(2);
                return item == 2 ? throw new InvalidOperationException("bad row") : default;
            }, batch.Options);
        }

        var progress = records
            .Where(r => r.Operation == "Batch Live" && r.Status == StepStatus.Running && r.Details.ContainsKey("processed"))
            .ToList();
        Assert.NotEmpty(progress);
        var last = progress[^1];
        Assert.Equal(StepRunKind.Batch, last.RunKind);
        Assert.Equal(0, last.StepNumber);
        Assert.Equal(4L, Convert.ToInt64(last.Details["total"]));
        var processed = Convert.ToInt64(last.Details["processed"]);
        Assert.Equal(processed, Convert.ToInt64(last.Details["succeeded"]) + Convert.ToInt64(last.Details["failed"]));
        Assert.True(processed >= 1, $"processed is {processed}");
        Assert.True(Convert.ToDouble(last.Details["rate_per_second"]) > 0);
        Assert.True(last.Details.ContainsKey("eta_seconds"));
        Assert.Contains(progress, r => Convert.ToInt64(r.Details["failed"]) == 1);
    }

    private sealed class Collector(ConcurrentQueue<StepRecord> records) : IStepRecordObserver
    {
        public void OnRecorded(StepRecord record) => records.Enqueue(record);
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using StepLog.Records;

namespace StepLog.Batches.Tests;

public class RecordSubjectTests
{
    [Fact]
    public async Task Operations_inside_an_item_record_the_items_id_as_their_subject()
    {
        using var batch = new BatchFixture();
        var records = new ConcurrentQueue<StepRecord>();
        using (StepLogging.ObserveRecords(new Collector(records)))
        {
            await StepBatch.RunAsync("Documents", ["doc-1", "doc-2"], (document, _) =>
            {
                using var op = new StepLogger(NullLogger.Instance, "Batch Subject Parse", 1);
                op.Start();
                op.Step(1, "Read " + document);
                op.Success();
                op.Complete();
                return default;
            }, batch.Options, document => document);
        }

        // Other tests may record at the same time: only this test's operation counts.
        var ours = records.Where(r => r.Operation == "Batch Subject Parse").ToList();
        Assert.Equal(8, ours.Count);
        foreach (var run in ours.GroupBy(r => r.OperationId))
        {
            var document = run.Single(r => r.StepNumber == 1 && r.Status == StepStatus.Success).StepName["Read ".Length..];
            Assert.All(run, r => Assert.Equal(document, r.SubjectId));
        }

        Assert.Equal(["doc-1", "doc-2"], ours.Select(r => r.SubjectId).Distinct().Order());
    }

    [Fact]
    public async Task An_operation_with_a_subject_of_its_own_keeps_it_inside_an_item()
    {
        using var batch = new BatchFixture();
        var records = new ConcurrentQueue<StepRecord>();
        using (StepLogging.ObserveRecords(new Collector(records)))
        {
            await StepBatch.RunAsync("Documents", ["doc-3"], (_, _) =>
            {
                using var op = new StepLogger(NullLogger.Instance, "Batch Own Subject", 1) { Subject = "mine" };
                op.Start();
                op.Complete();
                return default;
            }, batch.Options, document => document);
        }

        Assert.All(records.Where(r => r.Operation == "Batch Own Subject"), r => Assert.Equal("mine", r.SubjectId));
        Assert.Contains(records, r => r.Operation == "Batch Own Subject");
    }

    [Fact]
    public async Task A_batch_records_its_own_run_from_running_to_how_it_ended()
    {
        using var batch = new BatchFixture();
        var records = new ConcurrentQueue<StepRecord>();
        using var stop = new CancellationTokenSource();
        using (StepLogging.ObserveRecords(new Collector(records)))
        {
            await StepBatch.RunAsync("Batch Records Done", ["a", "b"], (item, _) =>
                item == "b" ? throw new InvalidOperationException("bad row") : default, batch.Options, s => s);
            await StepBatch.RunAsync("Batch Records Stopped", [1, 2, 3], (_, _) =>
            {
                stop.Cancel();
                return default;
            }, batch.Options, cancellationToken: stop.Token);
        }

        var done = records.Where(r => r.Operation == "Batch Records Done").ToList();
        Assert.Equal([(StepStatus.Running, null), (StepStatus.Warning, "1 of 2 items failed")], done.Select(r => (r.Status, r.ErrorMessage)));
        var lineId = batch.Capture.Entries.First(e => Equals(e.Field("operation"), "Batch Records Done")).Field("operation_id");
        Assert.All(done, r => Assert.Equal((lineId, lineId, 0, 2), (r.OperationId, r.SubjectId, r.StepNumber, r.TotalSteps)));

        var stopped = records.Where(r => r.Operation == "Batch Records Stopped").Select(r => (r.Status, r.ErrorMessage));
        Assert.Equal([(StepStatus.Running, null), (StepStatus.Failed, "interrupted after 1/3 items")], stopped);
    }

    private sealed class Collector(ConcurrentQueue<StepRecord> records) : IStepRecordObserver
    {
        public void OnRecorded(StepRecord record) => records.Enqueue(record);
    }
}

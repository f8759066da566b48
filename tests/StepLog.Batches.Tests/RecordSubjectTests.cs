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

    private sealed class Collector(ConcurrentQueue<StepRecord> records) : IStepRecordObserver
    {
        public void OnRecorded(StepRecord record) => records.Enqueue(record);
    }
}

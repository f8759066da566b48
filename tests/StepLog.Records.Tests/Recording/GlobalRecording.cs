namespace StepLog.Records.Tests.Recording;

/// <summary>Tests that set StepLog's process-wide store, observers or fault handler run one at a time, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalRecording
{
    public const string Name = "Global recording settings";
}

/// <summary>Collects what an observer is shown.</summary>
internal sealed class CollectingObserver : IStepRecordObserver
{
    public List<StepRecord> Seen { get; } = [];

    public void OnRecorded(StepRecord record) => Seen.Add(record);
}

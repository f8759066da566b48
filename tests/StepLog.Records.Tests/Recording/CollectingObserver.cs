namespace StepLog.Records.Tests.Recording;

/// <summary>Collects what an observer is shown.</summary>
internal sealed class CollectingObserver : IStepRecordObserver
{
    public List<StepRecord> Seen { get; } = [];

    public void OnRecorded(StepRecord record) => Seen.Add(record);
}

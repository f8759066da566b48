using StepLog.Records;

namespace StepLog;

/// <summary>Where step records go: the store and the observers, part of one <see cref="StepLogConfiguration"/>.</summary>
internal sealed class RecordSinks(IStepStore? store, IStepRecordObserver[] observers)
{
    public static readonly RecordSinks None = new(null, []);

    public IStepStore? Store { get; } = store;

    public IStepRecordObserver[] Observers { get; } = observers;
}

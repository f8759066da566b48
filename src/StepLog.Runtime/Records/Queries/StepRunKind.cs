namespace StepLog.Records;

/// <summary>What kind of run a set of records belongs to.</summary>
public enum StepRunKind
{
    /// <summary>An operation: a <c>StepLogger</c> operation or a generated <c>[Operation]</c>.</summary>
    Operation,

    /// <summary>A <c>StepBatch</c> run: its items are operations of their own.</summary>
    Batch,
}

namespace StepLog.Batches.Tests;

/// <summary>Tests that read process-wide state (a thread's allocations, <see cref="StepLogging.LoggingFault"/>) run with no other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAloneCollection
{
    public const string Name = "Run alone";
}

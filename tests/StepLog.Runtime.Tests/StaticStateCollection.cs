namespace StepLog.Runtime.Tests;

/// <summary>
/// Tests that listen to the <c>StepLog</c> activity source or meter run one at a time, after the others: a listener
/// is the process's, not part of StepLog's configuration that a test can scope, and allocation tests must not see it.
/// Tests of the process's own configuration (with no test scope) run here too, since only here no scope exists.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StaticStateCollection
{
    public const string Name = "StepLog static state";
}

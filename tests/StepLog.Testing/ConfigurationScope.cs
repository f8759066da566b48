namespace StepLog.Testing;

/// <summary>
/// Gives a test a StepLog configuration of its own (logger factory, sampling, store, fault handler), made from the
/// defaults and put back when disposed, so that tests needing different configurations run side by side. Open it in the
/// test class's constructor: the test's flow, and the flows it starts, see it; other tests see theirs.
/// </summary>
public static class ConfigurationScope
{
    public static IDisposable Begin() => ConfigurationSlot.BeginScope();
}

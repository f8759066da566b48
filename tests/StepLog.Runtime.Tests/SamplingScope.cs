namespace StepLog.Runtime.Tests;

/// <summary>
/// Sampling settings are process-wide: tests that change them run alone, after every other test of the assembly, so
/// that no test running beside them sees its lines held or dropped.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SamplingCollection
{
    public const string Name = "StepLog sampling";
}

/// <summary>Sets the sampling settings for one test and puts the defaults back (and the clock) when disposed.</summary>
internal sealed class SamplingScope : IDisposable
{
    public SamplingScope(double rate, TimeSpan? slowThreshold = null, int maxHeldLines = 1000)
    {
        StepLogging.SuccessSampleRate = rate;
        StepLogging.SlowOperationThreshold = slowThreshold;
        StepLogging.MaxHeldLinesPerOperation = maxHeldLines;
    }

    public void Dispose()
    {
        StepLogging.SuccessSampleRate = 1.0;
        StepLogging.SlowOperationThreshold = null;
        StepLogging.MaxHeldLinesPerOperation = 1000;
        SamplingSettings.Clock = static () => DateTimeOffset.UtcNow;
    }
}

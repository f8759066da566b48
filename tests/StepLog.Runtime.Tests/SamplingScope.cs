namespace StepLog.Runtime.Tests;

/// <summary>
/// Sets the sampling settings for one test, in a configuration of its own (so that tests beside it see none of it),
/// and puts the configuration back when disposed.
/// </summary>
internal sealed class SamplingScope : IDisposable
{
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();

    public SamplingScope(double rate, TimeSpan? slowThreshold = null, int maxHeldLines = 1000)
    {
        StepLogging.SuccessSampleRate = rate;
        StepLogging.SlowOperationThreshold = slowThreshold;
        StepLogging.MaxHeldLinesPerOperation = maxHeldLines;
    }

    public void Dispose() => _configuration.Dispose();
}

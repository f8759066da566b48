using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// Registered by <c>AddStepRecords</c> as a logger provider, because every host builds its logger providers when it
/// starts, and the runtime has no dependency on the hosting abstractions: that is the moment to make the container's
/// store StepLog's store. Disposed before the store (it was created after it), it turns recording off first, so that no
/// record reaches a store being disposed. It writes nothing itself.
/// </summary>
internal sealed class StepStoreActivator : ILoggerProvider
{
    private readonly IStepStore _store;

    public StepStoreActivator(IStepStore store)
    {
        _store = store;
        StepLogging.UseStepStore(store);
    }

    public ILogger CreateLogger(string categoryName) => NullLogger.Instance;

    public void Dispose()
    {
        if (ReferenceEquals(StepLogging.StepStore, _store))
        {
            StepLogging.UseStepStore(null);
        }
    }
}

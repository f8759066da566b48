using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace StepLog;

/// <summary>Shows every step record to the health check's window from the host's start to its stop.</summary>
internal sealed class StepOutcomeWindowAttachment(StepOutcomeWindow window) : IHostedService, IDisposable
{
    private IDisposable? _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _registration, StepLogging.ObserveRecords(window))?.Dispose();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => Interlocked.Exchange(ref _registration, null)?.Dispose();
}

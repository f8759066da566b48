using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace StepLog;

/// <summary>
/// Shows every step record to the health check's window from the moment the container creates it until the
/// container (or the host) is done with it. A host creates it when it starts, as a hosted service; a container built
/// by hand (a test, a worker without a host) creates it when the check is first resolved, so the check is never blind.
/// </summary>
internal sealed class StepOutcomeWindowAttachment : IHostedService, IDisposable
{
    private IDisposable? _registration;

    public StepOutcomeWindowAttachment(StepOutcomeWindow window)
    {
        Window = window;
        _registration = StepLogging.ObserveRecords(window);
        window.ObservingSince = window.Now;
    }

    public StepOutcomeWindow Window { get; }

    // Attached when created: the host's start has nothing left to do.
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => Interlocked.Exchange(ref _registration, null)?.Dispose();
}

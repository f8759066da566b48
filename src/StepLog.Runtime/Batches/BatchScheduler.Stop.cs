using System;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog;

/// <summary>
/// How a run stops: signals, the caller's token and the batch timeout ask for it; the grace period lets items in
/// flight finish; the hard stop cancels their tokens; and the items that still run a short margin later are abandoned,
/// so that a stop ends the run whatever its items do.
/// </summary>
internal sealed partial class BatchScheduler<T>
{
    /// <summary>
    /// How long items may take to end after their token is cancelled by the hard stop, before the run abandons them:
    /// enough for an item that watches its token to say so, short enough that a stop stops.
    /// </summary>
    internal static TimeSpan AbandonMargin { get; } = TimeSpan.FromSeconds(1);

    // The workers' end, or the hard stop and then the margin, whichever comes first: after those, the items still
    // running are abandoned.
    private async Task WaitForWorkersAsync(Task workers)
    {
        var hardStop = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (_hard.Token.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), hardStop))
        {
            if (await Task.WhenAny(workers, hardStop.Task).ConfigureAwait(false) == workers)
            {
                await workers.ConfigureAwait(false);
                return;
            }
        }

        using var margin = new CancellationTokenSource();
        if (await Task.WhenAny(workers, Task.Delay(AbandonMargin, margin.Token)).ConfigureAwait(false) == workers)
        {
            margin.Cancel();
            await workers.ConfigureAwait(false);
            return;
        }

        _interrupted = true;
        foreach (var (index, started) in _inFlight.AbandonAll())
        {
            _work.Abandoned(index, started);
        }
    }

    // The first signal stops the batch gracefully, the second cancels its items; a third is left to do what it does
    // without the batch (end the process), for a run that is still not over.
    private bool OnSignal()
    {
        var count = Interlocked.Increment(ref _signals);
        if (count == 1)
        {
            RequestStop();
        }
        else if (count == 2)
        {
            Cancel(_hard);
        }

        return count <= 2;
    }

    private void RequestStop() => Cancel(_stop);

    private void ArmGracePeriod()
    {
        try
        {
            _hard.CancelAfter(_options.GracePeriod);
        }
        catch (ObjectDisposedException)
        {
            // The batch ended meanwhile.
        }
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The batch ended meanwhile.
        }
    }
}

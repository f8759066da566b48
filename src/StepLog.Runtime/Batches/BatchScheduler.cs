using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog;

/// <summary>How an item's run ended, as the scheduler tells it from the item's exception and the tokens.</summary>
internal enum ItemEnding
{
    Succeeded,
    Failed,
    TimedOut,

    /// <summary>Stopped by the hard stop: not an outcome of the item, which a rerun runs again.</summary>
    Cancelled,
}

/// <summary>What a batch run does with the items its scheduler runs: each is called on the item's worker.</summary>
internal interface IBatchWork<T>
{
    /// <summary>Before the item's work, on its flow: what the work inside it runs under.</summary>
    void Entering(T item, int index);

    /// <summary>The item ended and its worker claimed it: its outcome is the run's.</summary>
    void Ended(T item, int index, double started, ItemEnding ending, Exception? error);

    /// <summary>The run stopped waiting for the item, still running: it is not an outcome.</summary>
    void Abandoned(int index, double started);

    /// <summary>After each item that counted, on its worker, before it takes the next.</summary>
    void AfterItem();
}

/// <summary>
/// Runs a batch's items: workers take the next position with one interlocked increment, run the item under its token
/// (the hard stop's, and its timeout's), and hand its end to the run (<see cref="IBatchWork{T}"/>). Two tokens stop it:
/// <c>_stop</c> (first signal, caller's token, batch timeout) ends the taking of items and arms the grace period;
/// <c>_hard</c> (second signal, grace period over) cancels items in flight. Items that do not watch their token are
/// abandoned <see cref="AbandonMargin"/> after the hard stop: the run ends without them, whatever they do, and their
/// late end changes nothing (see <see cref="InFlightItems"/>).
/// </summary>
internal sealed partial class BatchScheduler<T> : IDisposable
{
    private readonly IReadOnlyList<T> _items;
    private readonly Func<T, CancellationToken, ValueTask> _process;
    private readonly bool[]? _skip;
    private readonly StepBatchOptions _options;
    private readonly BatchClock _clock;
    private readonly IBatchWork<T> _work;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _hard = new();
    private readonly InFlightItems _inFlight;
    private readonly int _workers;
    private int _next;
    private int _current = -1;
    private int _signals;
    private bool _interrupted;

    public BatchScheduler(IReadOnlyList<T> items, Func<T, CancellationToken, ValueTask> process, bool[]? skip, StepBatchOptions options, BatchClock clock, IBatchWork<T> work)
    {
        _items = items;
        _process = process;
        _skip = skip;
        _options = options;
        _clock = clock;
        _work = work;
        _workers = Math.Min(options.MaxConcurrency, Math.Max(1, items.Count));
        _inFlight = new InFlightItems(_workers);
    }

    /// <summary>The workers; still running after the run when it abandoned items (for tests of their late end).</summary>
    public Task? Workers { get; private set; }

    /// <summary>The position of the item a worker took last; -1 before the first.</summary>
    public int Current => Volatile.Read(ref _current);

    /// <summary>Items running now.</summary>
    public int Running => _inFlight.Running;

    /// <summary>True when the run stopped before its work was done: items left untaken, cancelled or abandoned.</summary>
    public bool Interrupted => _interrupted;

    /// <summary>Runs the items until all are done or a stop ends the run; the signals are the run's only meanwhile.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var signals = _options.HandleSignals ? new BatchSignals(OnSignal) : null;
        var caller = cancellationToken.Register(static state => ((BatchScheduler<T>)state!).RequestStop(), this);
        _stop.Token.Register(static state => ((BatchScheduler<T>)state!).ArmGracePeriod(), this);
        if (_options.BatchTimeout is { } batchTimeout)
        {
            _stop.CancelAfter(batchTimeout);
        }

        try
        {
            var tasks = new Task[_workers];
            for (var i = 0; i < _workers; i++)
            {
                // Off the caller's thread even when alone: an item that blocks its thread must not block the caller's,
                // which has to return when the batch is stopped. A thread of its own, not the pool's: a busy pool would
                // start the workers late, and a stop meanwhile would find nothing done.
                var worker = i;
                tasks[i] = Task.Factory.StartNew(() => WorkAsync(worker), CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
            }

            Workers = Task.WhenAll(tasks);
            await WaitForWorkersAsync(Workers).ConfigureAwait(false);
        }
        finally
        {
            signals?.Dispose();
            caller.Dispose();
        }
    }

    /// <summary>Frees the tokens, once the run has ended.</summary>
    public void Dispose()
    {
        _stop.Dispose();
        _hard.Dispose();
    }

    private async Task WorkAsync(int worker)
    {
        var total = _items.Count;
        while (true)
        {
            if (_stop.IsCancellationRequested)
            {
                if (Volatile.Read(ref _next) < total)
                {
                    _interrupted = true;
                }

                return;
            }

            var index = Interlocked.Increment(ref _next) - 1;
            if (index >= total)
            {
                return;
            }

            if (_skip is { } skip && skip[index])
            {
                continue;
            }

            Volatile.Write(ref _current, index);
            if (!await RunItemAsync(worker, _items[index], index).ConfigureAwait(false))
            {
                return; // abandoned: the run ended without this worker
            }

            _work.AfterItem();
        }
    }

    // False when the run abandoned the item (or, before it began, all its items): its end is not the run's any more.
    private async Task<bool> RunItemAsync(int worker, T item, int index)
    {
        var started = _clock.Seconds;
        if (!_inFlight.TryBegin(worker, index, started))
        {
            return false;
        }

        // An AsyncLocal change the run makes here is undone when this async method returns.
        _work.Entering(item, index);
        CancellationTokenSource? timeout = null;
        var token = _hard.Token;
        if (_options.ItemTimeout is { } limit)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(limit);
            token = timeout.Token;
        }

        Exception? error = null;
        try
        {
            await _process(item, token).ConfigureAwait(false);
        }
        catch (Exception thrown)
        {
            error = thrown;
        }

        try
        {
            if (!_inFlight.TryClaim(worker, index))
            {
                return false;
            }

            try
            {
                _work.Ended(item, index, started, Ending(error, timeout), error);
            }
            finally
            {
                _inFlight.End(worker);
            }

            return true;
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    private ItemEnding Ending(Exception? error, CancellationTokenSource? timeout)
    {
        switch (error)
        {
            case null:
                return ItemEnding.Succeeded;
            case OperationCanceledException when _hard.IsCancellationRequested:
                _interrupted = true;
                return ItemEnding.Cancelled;
            case OperationCanceledException when timeout is { IsCancellationRequested: true }:
                return ItemEnding.TimedOut;
            default:
                return ItemEnding.Failed;
        }
    }
}

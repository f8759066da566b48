using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// One item's run and its outcome: success, failure, timeout, or cancelled by the hard stop, each counted, logged and
/// queued for the checkpoint, unless the run abandoned the item first (see <see cref="InFlightItems"/>).
/// </summary>
internal sealed partial class BatchRun<T>
{
    // False when the run abandoned the item (or, before it began, all its items): its end is not the run's any more.
    private async Task<bool> RunItemAsync(int worker, T item, int index)
    {
        var started = _clock.Seconds;
        if (!_inFlight.TryBegin(worker, index, started))
        {
            return false;
        }

        if (StepRecorder.IsRecording)
        {
            // Operations inside the item take its id as their subject, so that the store answers "what happened to
            // this item?". An AsyncLocal change made in this async method is undone when it returns.
            Ambient.EnterFlow(new FlowFrame(_frame!, _depth) { Identity = new RunIdentity(OperationId.New(), IdOf(item, index), _name, _held) });
        }

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
                Outcome(item, index, started, error, timeout);
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

    private void Outcome(T item, int index, double started, Exception? error, CancellationTokenSource? timeout)
    {
        switch (error)
        {
            case null:
                Succeed(item, index, started);
                break;
            case OperationCanceledException when _hard.IsCancellationRequested:
                // Stopped by the hard stop: not an outcome of the item, which a rerun runs again.
                _abandoned = true;
                StepMetrics.BatchItem(_name, MetricStatus.Cancelled);
                Log(LogLevel.Warning, BatchLine.ItemCancelled(_name, _id, IdOf(item, index), index + 1, Total, _depth, Milliseconds(started)));
                break;
            case OperationCanceledException when timeout is { IsCancellationRequested: true }:
                var message = "timed out after " + _options.ItemTimeout!.Value.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
                Interlocked.Increment(ref _timedOut);
                StepMetrics.BatchItem(_name, MetricStatus.TimedOut);
                Fail(item, index, started, message, null, LogLevel.Warning);
                break;
            default:
                StepMetrics.BatchItem(_name, MetricStatus.Failed);
                Fail(item, index, started, EntryWriter.MessageOf(error), error, LogLevel.Error);
                break;
        }
    }

    private void Succeed(T item, int index, double started)
    {
        Interlocked.Increment(ref _succeeded);
        StepMetrics.BatchItem(_name, MetricStatus.Success);
        string? id = null;
        if (EntryWriter.IsEnabled(_logger, _options.ItemLevel))
        {
            id = IdOf(item, index);
            Log(_options.ItemLevel, BatchLine.ItemSucceeded(_name, _id, id, index + 1, Total, _depth, Milliseconds(started)));
        }

        if (_files.HasCheckpoint)
        {
            _files.Record(id ?? IdOf(item, index), succeeded: true); // the id costs a string: made only when kept
        }
    }

    private void Fail(T item, int index, double started, string message, Exception? error, LogLevel level)
    {
        Interlocked.Increment(ref _failed);
        var id = IdOf(item, index);
        _errors.Enqueue(new BatchItemError(id, index + 1, message, error is null, error));
        Log(level, BatchLine.ItemFailed(_name, _id, id, index + 1, Total, _depth, Milliseconds(started), message));
        _files.Record(id, succeeded: false);
    }
}

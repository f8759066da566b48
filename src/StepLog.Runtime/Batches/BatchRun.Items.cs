using System;
using System.Globalization;
using Microsoft.Extensions.Logging;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// Each item's outcome, as its scheduler hands it on: success, failure, timeout, or cancelled by the hard stop, each
/// counted, measured, logged and queued for the checkpoint; or abandoned, said and listed but not an outcome.
/// </summary>
internal sealed partial class BatchRun<T> : IBatchWork<T>
{
    void IBatchWork<T>.Entering(T item, int index)
    {
        var recording = StepRecorder.IsRecording;
        if (recording || _itemSampling is not null)
        {
            // Operations inside the item take its id as their subject, so that the store answers "what happened to
            // this item?", and its held lines when it is sampled, which its end or its abandonment takes from _itemLines.
            // The scheduler's async method that calls this undoes the change when it returns.
            var id = OperationId.New();
            var held = _held ?? HeldLines.ForRun(_itemSampling, null, logs: true, id);
            if (_itemLines is not null && held is not null)
            {
                _itemLines[index] = held;
            }

            Ambient.EnterFlow(new FlowFrame(_frame!, _depth) { Identity = new RunIdentity(id, recording ? IdOf(item, index) : null, _name, held) });
        }
    }

    void IBatchWork<T>.Ended(T item, int index, double started, ItemEnding ending, Exception? error)
    {
        // The item's run's held lines, when it is sampled (outside a sampled run: inside one, the run's own are live).
        HeldLines? held = null;
        _itemLines?.TryRemove(index, out held);
        switch (ending)
        {
            case ItemEnding.Succeeded:
                Succeed(item, index, started, held);
                break;
            case ItemEnding.Cancelled:
                // Stopped by the hard stop: not an outcome of the item, which a rerun runs again.
                StepMetrics.BatchItem(_name, LineStatus.Cancelled);
                EntryWriter.Write(_logger, LogLevel.Warning, BatchLine.ItemCancelled(_name, _id, IdOf(item, index), index + 1, Total, _depth, Milliseconds(started)), held);
                break;
            case ItemEnding.TimedOut:
                var message = "timed out after " + _options.ItemTimeout!.Value.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
                StepMetrics.BatchItem(_name, LineStatus.TimedOut);
                Fail(item, index, started, message, null, LogLevel.Warning, timedOut: true, held);
                break;
            default:
                StepMetrics.BatchItem(_name, LineStatus.Failed);
                Fail(item, index, started, EntryWriter.MessageOf(error), error, LogLevel.Error, timedOut: false, held);
                break;
        }
    }

    void IBatchWork<T>.Abandoned(int index, double started)
    {
        var id = IdOf(_items[index], index);
        _abandonedItems.Add(id);
        StepMetrics.BatchItem(_name, LineStatus.Cancelled);
        HeldLines? held = null;
        _itemLines?.TryRemove(index, out held);
        EntryWriter.Write(_logger, LogLevel.Warning, BatchLine.ItemAbandoned(_name, _id, id, index + 1, Total, _depth, Milliseconds(started)), held);
    }

    void IBatchWork<T>.AfterItem() => _progress.Tick(force: false);

    private void Succeed(T item, int index, double started, HeldLines? held)
    {
        _tally.Succeed();
        StepMetrics.BatchItem(_name, LineStatus.Success);
        string? id = null;
        if (EntryWriter.KeepsItem(held, Ticks(started)) && EntryWriter.IsEnabled(_logger, _options.ItemLevel))
        {
            id = IdOf(item, index);
            Log(_options.ItemLevel, BatchLine.ItemSucceeded(_name, _id, id, index + 1, Total, _depth, Milliseconds(started)));
        }

        if (_progress.HasCheckpoint)
        {
            _progress.Checkpoint(id ?? IdOf(item, index), succeeded: true); // the id costs a string: made only when kept
        }
    }

    private void Fail(T item, int index, double started, string message, Exception? error, LogLevel level, bool timedOut, HeldLines? held)
    {
        _tally.Fail(timedOut);
        var id = IdOf(item, index);
        _errors.Enqueue(new BatchItemError(id, index + 1, message, error is null, error));
        EntryWriter.Write(_logger, level, BatchLine.ItemFailed(_name, _id, id, index + 1, Total, _depth, Milliseconds(started), message), held);
        _progress.Checkpoint(id, succeeded: false);
    }
}

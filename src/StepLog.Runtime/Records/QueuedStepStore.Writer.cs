using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>The background writer: one loop that drains the queue in batches, settles flushes and expires records.</summary>
public partial class QueuedStepStore
{
    private async Task RunWriterAsync()
    {
        var batch = new List<StepRecord>(Math.Min(_batchSize, 4_096));
        while (true)
        {
            await ApplyRetentionIfDueAsync().ConfigureAwait(false);
            await WaitForWorkAsync().ConfigureAwait(false);
            do
            {
                batch.Clear();
                lock (_gate)
                {
                    while (batch.Count < _batchSize && _queue.Count > 0)
                    {
                        batch.Add(Dequeue().Record);
                    }

                    if (batch.Count > 0 && _roomSignal is { } room)
                    {
                        _roomSignal = null;
                        room.TrySetResult(true);
                    }
                }

                if (batch.Count > 0)
                {
                    var lost = await WriteOrIsolateAsync(batch).ConfigureAwait(false);
                    if (batch.Count > lost)
                    {
                        StepMetrics.RecordsWrittenBy(_name, batch.Count - lost);
                    }

                    if (lost > 0)
                    {
                        StepMetrics.RecordsDroppedBy(_name, RecordDropReason.WriteFailed, lost);
                    }

                    // Before the flushes settle, so that a flush returns after the warning for the drops before it.
                    ReportDropBurst();
                    lock (_gate)
                    {
                        _settled += batch.Count;
                        if (lost > 0)
                        {
                            _failedWrites++;
                            Interlocked.Add(ref _dropped, lost);
                        }

                        SettleFlushes();
                    }
                }
            }
            while (batch.Count == _batchSize);

            ReportDropBurst();
            lock (_gate)
            {
                SettleFlushes();
                if (_closing && _queue.Count == 0)
                {
                    // A caller still waiting for room wakes to find the store closed.
                    _roomSignal?.TrySetResult(true);
                    return;
                }
            }
        }
    }

    private async Task WaitForWorkAsync()
    {
        TaskCompletionSource<bool> signal;
        lock (_gate)
        {
            if (_wakeRequested || _closing)
            {
                _wakeRequested = false;
                return;
            }

            signal = _wakeSignal = NewSignal();
        }

        using (var stopDelay = new CancellationTokenSource())
        {
            var delay = Task.Delay(_flushInterval, stopDelay.Token);
            if (await Task.WhenAny(signal.Task, delay).ConfigureAwait(false) == signal.Task)
            {
                stopDelay.Cancel();
            }
        }

        lock (_gate)
        {
            _wakeRequested = false;
            _wakeSignal = null;
        }
    }

    // Called under the gate: completes every flush whose records are all settled, with an error if a write failed meanwhile.
    private void SettleFlushes()
    {
        for (var i = _flushWaiters.Count - 1; i >= 0; i--)
        {
            var waiter = _flushWaiters[i];
            if (waiter.Target > _settled)
            {
                continue;
            }

            _flushWaiters.RemoveAt(i);
            if (_failedWrites == waiter.FailedWritesBefore)
            {
                waiter.Completion.TrySetResult(true);
            }
            else
            {
                waiter.Completion.TrySetException(new InvalidOperationException(
                    $"{_name} could not write some of the records this flush waited for; they are counted in DroppedRecords.",
                    _lastWriteError));
            }
        }
    }

    // One Warning line when records start being dropped; the burst ends at the first batch or idle cycle without a new drop.
    private void ReportDropBurst()
    {
        var dropped = Interlocked.Read(ref _droppedWhenFull);
        if (dropped == _dropsSeenByWriter)
        {
            _inDropBurst = false;
            return;
        }

        _dropsSeenByWriter = dropped;
        if (!_inDropBurst)
        {
            _inDropBurst = true;
            try
            {
                var limit = _fullByBytes
                    ? _byteCapacity.ToString(CultureInfo.InvariantCulture) + " bytes"
                    : _capacity.ToString(CultureInfo.InvariantCulture) + " records";
                QueueFullWarning(Log, _name, limit, dropped, null);
            }
            catch (Exception fault)
            {
                StepLogging.ReportFault(fault, FaultSource.Store);
            }
        }
    }

    private async Task ApplyRetentionIfDueAsync()
    {
        if (_retention is null || DateTimeOffset.UtcNow < _nextRetention)
        {
            return;
        }

        _nextRetention = DateTimeOffset.UtcNow + _retention.CheckInterval;
        try
        {
            await ApplyRetentionAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            StepLogging.ReportFault(new InvalidOperationException($"{_name} could not delete expired step records: {error.Message}", error), FaultSource.Store);
        }
    }
}

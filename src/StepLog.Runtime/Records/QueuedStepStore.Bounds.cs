namespace StepLog.Records;

/// <summary>The queue's two bounds, by count and by bytes: what a record holds is estimated once, when it is added.</summary>
public partial class QueuedStepStore
{
    // Called under the gate. An empty queue takes any record, so that one larger than the byte bound is not refused for ever.
    private bool HasRoomFor(QueuedRecord queued)
    {
        if (_queue.Count >= _capacity)
        {
            _fullByBytes = false;
            return false;
        }

        if (_queue.Count > 0 && _queuedBytes + queued.Bytes > _byteCapacity)
        {
            _fullByBytes = true;
            return false;
        }

        return true;
    }

    // Called under the gate.
    private QueuedRecord Dequeue()
    {
        var queued = _queue.Dequeue();
        _queuedBytes -= queued.Bytes;
        return queued;
    }

    private readonly struct QueuedRecord(StepRecord record, long bytes)
    {
        public StepRecord Record { get; } = record;

        public long Bytes { get; } = bytes;
    }
}

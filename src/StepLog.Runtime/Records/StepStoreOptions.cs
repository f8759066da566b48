using System;

namespace StepLog.Records;

/// <summary>What a store does when its queue is full.</summary>
public enum StepStoreFullMode
{
    /// <summary>Drop the record and count it in <see cref="QueuedStepStore.DroppedRecords"/>: the step is never held up (the default).</summary>
    Drop,

    /// <summary>Wait for room: no record is lost, and a step may wait for the database.</summary>
    Wait,
}

/// <summary>How a database store queues, writes and expires records.</summary>
public sealed class StepStoreOptions
{
    /// <summary>How many records may wait for the writer (default 65,536).</summary>
    public int QueueCapacity { get; set; } = 65_536;

    /// <summary>
    /// How many bytes of records may wait for the writer (default 64 MiB), by an estimate made once when a record is
    /// added (its text and details, not a serialisation). Past either bound the queue is full. A record larger than
    /// the bound is still taken when the queue is empty, so that it is never refused for its size alone.
    /// </summary>
    public long QueueCapacityBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>What happens to a record added while the queue is full (default <see cref="StepStoreFullMode.Drop"/>).</summary>
    public StepStoreFullMode WhenFull { get; set; } = StepStoreFullMode.Drop;

    /// <summary>
    /// The longest a record waits in the queue before it is written (default 1 second): a process killed outright loses
    /// at most this much. The writer also writes as soon as <see cref="BatchSize"/> records wait.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most records written in one transaction (default 4,096).</summary>
    public int BatchSize { get; set; } = 4_096;

    /// <summary>How long records are kept, by status; null keeps every record for ever.</summary>
    public StepRetention? Retention { get; set; } = new();

    /// <summary>
    /// Throws when a setting is out of range, naming it. <see cref="QueuedStepStore"/> checks its options itself; a store
    /// that opens a database before it composes one calls this first, so that bad settings are refused before the
    /// database is touched.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the exception names it.</exception>
    public void Validate()
    {
        if (QueueCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(QueueCapacity), QueueCapacity, "StepStoreOptions.QueueCapacity must be at least 1.");
        }

        if (QueueCapacityBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(QueueCapacityBytes), QueueCapacityBytes, "StepStoreOptions.QueueCapacityBytes must be at least 1.");
        }

        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "StepStoreOptions.BatchSize must be at least 1.");
        }

        if (FlushInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(FlushInterval), FlushInterval, "StepStoreOptions.FlushInterval must be positive.");
        }

        if (Retention is { } retention && retention.CheckInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Retention), retention.CheckInterval, "StepRetention.CheckInterval must be positive.");
        }
    }
}

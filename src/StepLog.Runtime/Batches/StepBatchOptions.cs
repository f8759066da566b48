using System;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>How <see cref="StepBatch.RunAsync{T}"/> runs a batch. Every setting is optional.</summary>
public sealed class StepBatchOptions
{
    /// <summary>How many items run at once; 1 by default.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>How long one item may run before its token is cancelled and it fails as timed out; none by default.</summary>
    public TimeSpan? ItemTimeout { get; set; }

    /// <summary>How long the batch may take items: after it, the batch stops as on a signal and returns what it has.</summary>
    public TimeSpan? BatchTimeout { get; set; }

    /// <summary>
    /// A JSON file rewritten with the batch's progress while it runs, for watching a job in the background. Its folder
    /// is created; a path that cannot be used fails the batch before any item runs.
    /// </summary>
    public string? ProgressFile { get; set; }

    /// <summary>How often the progress file may be rewritten and the checkpoint flushed; 1 s by default.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a <c>📊 PROGRESS</c> line may be logged; 10 s by default.</summary>
    public TimeSpan LogInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The level of each item's success line; Debug by default, so that the console shows progress, not items.</summary>
    public LogLevel ItemLevel { get; set; } = LogLevel.Debug;

    /// <summary>
    /// An append-only file of the items that ended and how: a rerun with the same file skips those that succeeded. Its
    /// folder is created; a path that cannot be used fails the batch before any item runs.
    /// </summary>
    public string? Checkpoint { get; set; }

    /// <summary>Whether a rerun runs again the items the checkpoint records as failed; true by default.</summary>
    public bool RetryFailedOnResume { get; set; } = true;

    /// <summary>Whether SIGINT and SIGTERM (Ctrl-C) stop the batch gracefully while it runs; true by default.</summary>
    public bool HandleSignals { get; set; } = true;

    /// <summary>
    /// How long items in flight may finish after a stop is asked for, before their tokens are cancelled; 10 s by
    /// default. Items that ignore their token are abandoned a short margin later: the batch returns without them.
    /// </summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the lines go; StepLog's default logger when null.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>The clock of durations, rates and intervals: real time unless a test gives its own.</summary>
    internal BatchClock Clock { get; set; } = BatchClock.System;

    internal void Validate()
    {
        if (MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "MaxConcurrency is the number of items run at once: 1 or more.");
        }

        Positive(ItemTimeout, nameof(ItemTimeout));
        Positive(BatchTimeout, nameof(BatchTimeout));
        NotNegative(ProgressInterval, nameof(ProgressInterval));
        NotNegative(LogInterval, nameof(LogInterval));
        NotNegative(GracePeriod, nameof(GracePeriod));
    }

    private static void Positive(TimeSpan? value, string name)
    {
        if (value is { } span && span <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, span, name + " must be positive, or null for none.");
        }
    }

    private static void NotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must not be negative.");
        }
    }
}

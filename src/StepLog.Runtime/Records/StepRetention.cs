using System;
using System.Threading;

namespace StepLog.Records;

/// <summary>
/// How long a store keeps records, by status, so that a busy service does not fill its disk: successes and skips are
/// routine and go after 7 days, everything else (the records someone may still need to investigate) after 30.
/// <see cref="Timeout.InfiniteTimeSpan"/> keeps a status forever.
/// </summary>
public sealed class StepRetention
{
    /// <summary>How often the store deletes expired records (default 1 hour); it also does so when it opens.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long Pending records are kept (default 30 days).</summary>
    public TimeSpan Pending { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long Running records are kept (default 30 days).</summary>
    public TimeSpan Running { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long Success records are kept (default 7 days).</summary>
    public TimeSpan Success { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long Warning records are kept (default 30 days).</summary>
    public TimeSpan Warning { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long Error records are kept (default 30 days).</summary>
    public TimeSpan Error { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long Failed records are kept (default 30 days).</summary>
    public TimeSpan Failed { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long Skipped records are kept (default 7 days).</summary>
    public TimeSpan Skipped { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long records of <paramref name="status"/> are kept; <see cref="Timeout.InfiniteTimeSpan"/> for ever.</summary>
    /// <param name="status">The status.</param>
    public TimeSpan For(StepStatus status) => status switch
    {
        StepStatus.Pending => Pending,
        StepStatus.Running => Running,
        StepStatus.Success => Success,
        StepStatus.Warning => Warning,
        StepStatus.Error => Error,
        StepStatus.Failed => Failed,
        StepStatus.Skipped => Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a StepStatus."),
    };

    /// <summary>The time before which records of <paramref name="status"/> are expired at <paramref name="now"/>, or null when they are kept for ever.</summary>
    /// <param name="status">The status.</param>
    /// <param name="now">The current time.</param>
    /// <remarks>Internal: a store's writer is handed the cutoff (<see cref="IStepRecordWriter.DeleteExpiredAsync"/>), never asks for it.</remarks>
    internal DateTimeOffset? CutoffFor(StepStatus status, DateTimeOffset now)
    {
        var keep = For(status);
        if (keep == Timeout.InfiniteTimeSpan || keep == TimeSpan.MaxValue)
        {
            return null;
        }

        if (keep < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"The retention of {status} records is {keep}: use a positive time, or Timeout.InfiniteTimeSpan to keep them for ever.");
        }

        return keep >= now - DateTimeOffset.MinValue ? null : now - keep;
    }
}

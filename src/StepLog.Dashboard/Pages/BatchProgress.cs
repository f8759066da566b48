using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>Where a batch stands: items done of its total, failed, its rate, and when it will end at that rate.</summary>
/// <param name="Run">The batch's run.</param>
/// <param name="Processed">Items done, successes and failures, including those a resumed run had done before.</param>
/// <param name="Total">Items in the batch.</param>
/// <param name="Failed">Items that failed.</param>
/// <param name="RatePerSecond">Items per second of this run; null before the first is done.</param>
/// <param name="EtaSeconds">Seconds left at that rate, while running; null when unknown.</param>
/// <param name="Interrupted">Whether it stopped before the end (a signal, a stop request), to resume later.</param>
internal sealed record BatchProgress(
    StepRunSummary Run, long Processed, long Total, long Failed, double? RatePerSecond, double? EtaSeconds, bool Interrupted)
{
    /// <summary>
    /// The batch's progress from its own latest record's details when they have it (a progress record's counts, rate
    /// and ETA; an ended batch's counts); for a running batch without them, counted from its items' runs.
    /// </summary>
    public static async Task<BatchProgress> OfAsync(StepRunSummary run, IStepRecordQueries queries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A progress record's "processed" counts the items a resumed run had done before; its start record's does not
        // exist, so without progress the count is made of the items' runs and the start record's "resumed".
        var processed = Number(run.Details, "processed");
        var failed = Number(run.Details, "failed");
        if (run.Status == StepStatus.Running && processed is null)
        {
            var detail = await queries.GetRunAsync(run.OperationId, cancellationToken).ConfigureAwait(false);
            var items = detail?.Children ?? [];
            processed = items.Count(item => item.Status != StepStatus.Running) + (Number(run.Details, "resumed") ?? 0);
            failed = items.Count(item => item.Status == StepStatus.Failed);
        }

        var done = (long)(processed ?? 0);
        var end = run.DurationMs is { } ms ? run.StartedAt.AddMilliseconds(ms) : now;
        var seconds = (end - run.StartedAt).TotalSeconds;
        var rate = Number(run.Details, "rate_per_second") ?? (seconds > 0 && done > 0 ? done / seconds : null);
        var total = (long)(Number(run.Details, "total") ?? run.TotalSteps);
        var eta = run.Status != StepStatus.Running ? null
            : Number(run.Details, "eta_seconds") ?? (rate is > 0 ? Math.Max(0, total - done) / rate : null);
        var interrupted = run.Status == StepStatus.Failed && run.ErrorMessage?.StartsWith("interrupted", StringComparison.Ordinal) == true;
        return new BatchProgress(run, done, total, (long)(failed ?? 0), rate, eta, interrupted);
    }

    // Stores keep whole numbers as long and others as double (StepDetailValue.Normalize); a text value is no count.
    private static double? Number(IReadOnlyDictionary<string, object?> details, string key) =>
        details.TryGetValue(key, out var value) ? value switch
        {
            long whole => whole,
            int small => small,
            double real when !double.IsNaN(real) && !double.IsInfinity(real) => real,
            _ => null,
        } : null;
}

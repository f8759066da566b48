using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

using StepLog.Cli.Commands;

namespace StepLog.Cli.Watching;

/// <summary>
/// Looks at the progress files every interval and shows them, until every batch has ended (or once). A file that
/// cannot be read is shown as such and never ends the watch nor keeps it waiting: only batches do.
/// </summary>
internal sealed class ProgressWatcher(ProgressSources sources, TimeSpan interval)
{
    /// <summary>What the last look found, for the closing summary.</summary>
    public IReadOnlyList<ProgressReading> Last { get; private set; } = [];

    /// <summary>Watches until every batch seen has ended; the exit code says whether all of them completed cleanly.</summary>
    public async Task<int> WatchAsync(IProgressView view, bool once, CancellationToken cancellationToken)
    {
        while (true)
        {
            var readings = Look();
            Last = readings;
            view.Show(readings);
            var batches = readings.Where(reading => reading.Progress is not null).Select(reading => reading.Progress!).ToList();
            if (once || (batches.Count > 0 && batches.All(batch => batch.HasEnded)))
            {
                return Outcome(batches);
            }

            if (readings.Count == 0)
            {
                view.Waiting($"Waiting for progress files in {string.Join(", ", sources.Paths)} (*.json in a folder)...");
            }

            try
            {
                await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Interrupted;
            }
        }
    }

    /// <summary>The closing sentence: how many batches, and how each ended.</summary>
    public string Summary()
    {
        var readings = Last;
        var batches = readings.Where(reading => reading.Progress is not null).Select(reading => reading.Progress!).ToList();
        var unreadable = readings.Count - batches.Count;
        var states = batches.GroupBy(batch => batch.Status).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{group.Count()} {group.Key}");
        var sentence = batches.Count == 1 ? "1 batch" : $"{batches.Count} batches";
        sentence += batches.Count > 0 ? ": " + string.Join(", ", states) : "";
        return unreadable > 0 ? $"{sentence}; {unreadable} unreadable file(s)" : sentence;
    }

    public IReadOnlyList<ProgressReading> Look() =>
        sources.Files().Select(ProgressFileReader.Read).OfType<ProgressReading>().ToList();

    // Found when a batch did not complete or an item of it failed: what a script waiting on the batch needs to know.
    private static int Outcome(IReadOnlyList<BatchProgress> batches) =>
        batches.Any(batch => batch.EndedBadly || batch.Failed > 0) ? ExitCodes.Found : ExitCodes.Ok;
}

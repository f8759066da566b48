using Microsoft.Extensions.Logging;

namespace StepLog.Samples.Workflow;

/// <summary>
/// The workflow's asynchronous operation: connect, subscribe, then process the feed's events into order books,
/// writing each event to the sink. Per-event lines are Debug (the session file only); progress and gaps reach the
/// console too.
/// </summary>
internal sealed class MarketStream(ILogger<MarketStream> logger)
{
    private const int ProgressEvery = 100;

    public async Task<int> RunAsync(StreamerSettings settings, int eventCount, CancellationToken cancellationToken)
    {
        using var operation = new StepLogger(logger, "Stream Market Events", totalSteps: 3);
        operation.Start(("markets", settings.Markets.Count), ("target_events", eventCount));
        try
        {
            operation.Step(1, "Connect to feed", ("feed", "simulated"));
            var latency = await MarketFeed.ConnectAsync(cancellationToken);
            operation.Success(("feed_status", "connected"), ("latency_ms", latency.TotalMilliseconds));

            operation.Step(2, "Subscribe to markets", ("markets", settings.Markets.Count));
            var feed = new MarketFeed(eventCount);
            var subscription = feed.Subscribe(settings.Markets, cancellationToken);
            operation.Success(("sid", subscription));

            operation.Step(3, "Process events", ("progress_every", ProgressEvery));
            var (events, snapshots, deltas, gaps) = await ProcessAsync(feed, settings.Sink, cancellationToken);
            operation.Success(("events", events), ("snapshots", snapshots), ("deltas", deltas), ("gaps", gaps));

            operation.Complete(("events", events), ("status", "success"));
            return events;
        }
        catch (Exception e)
        {
            operation.Failure(e);
            operation.Complete(e);
            throw;
        }
    }

    private async Task<(int Events, int Snapshots, int Deltas, int Gaps)> ProcessAsync(MarketFeed feed, EventSink sink, CancellationToken cancellationToken)
    {
        var books = new Dictionary<(string Market, string Side, int Price), int>();
        int events = 0, snapshots = 0, deltas = 0, gaps = 0;
        long expected = 1;
        await foreach (var e in feed.Events.ReadAllAsync(cancellationToken))
        {
            if (e.Sequence != expected)
            {
                WorkflowLog.SequenceGap(logger, e.Market, expected, e.Sequence);
                gaps++;
            }

            expected = e.Sequence + 1;
            var key = (e.Market, e.Side, e.Price);
            if (e.IsSnapshot)
            {
                books[key] = e.Delta;
                snapshots++;
                WorkflowLog.Snapshot(logger, e.Market, e.Sequence, e.Side, e.Price, e.Delta);
            }
            else
            {
                var level = Math.Max(0, books.GetValueOrDefault(key) + e.Delta);
                books[key] = level;
                deltas++;
                WorkflowLog.Delta(logger, e.Market, e.Side, e.Price, e.Delta, level);
            }

            await sink.WriteAsync(e, cancellationToken);
            if (++events % ProgressEvery == 0)
            {
                WorkflowLog.Progress(logger, events, snapshots, deltas);
            }
        }

        return (events, snapshots, deltas, gaps);
    }
}

using System.Threading.Channels;

namespace StepLog.Samples.Workflow;

/// <summary>
/// A stand-in for a market data websocket: after connecting and subscribing, it pushes a snapshot per market and then
/// deltas, from a fixed seed so that every run tells the same story (including two sequence gaps).
/// </summary>
internal sealed class MarketFeed(int eventCount)
{
    private readonly Channel<MarketEvent> _events = Channel.CreateBounded<MarketEvent>(64);

    public ChannelReader<MarketEvent> Events => _events.Reader;

    public static async Task<TimeSpan> ConnectAsync(CancellationToken cancellationToken)
    {
        var latency = TimeSpan.FromMilliseconds(120);
        await Task.Delay(latency, cancellationToken);
        return latency;
    }

    /// <summary>Starts pushing events for the markets; returns the subscription id.</summary>
    public int Subscribe(IReadOnlyList<string> markets, CancellationToken cancellationToken)
    {
        _ = Task.Run(() => PublishAsync(markets, cancellationToken), cancellationToken);
        return 123;
    }

    private async Task PublishAsync(IReadOnlyList<string> markets, CancellationToken cancellationToken)
    {
        var random = new Random(20251204);
        long sequence = 0;
        try
        {
            foreach (var market in markets)
            {
                await _events.Writer.WriteAsync(new MarketEvent(++sequence, market, IsSnapshot: true, "yes", 9800, 100), cancellationToken);
            }

            while (sequence < eventCount)
            {
                // Two dropped messages, as a real feed has now and then.
                if (sequence is 150 or 290)
                {
                    sequence++;
                }

                var market = markets[random.Next(markets.Count)];
                var side = random.Next(2) == 0 ? "yes" : "no";
                var price = 9700 + (random.Next(5) * 50);
                await _events.Writer.WriteAsync(new MarketEvent(++sequence, market, IsSnapshot: false, side, price, random.Next(-5, 11)), cancellationToken);
                if (sequence % 40 == 0)
                {
                    await Task.Delay(5, cancellationToken);
                }
            }

            _events.Writer.Complete();
        }
        catch (Exception e)
        {
            _events.Writer.Complete(e);
        }
    }
}

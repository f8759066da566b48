using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace StepLog.Samples.Workflow;

/// <summary>The markets to follow and where their events go.</summary>
internal sealed record StreamerSettings(IReadOnlyList<string> Markets, EventSink Sink);

/// <summary>The workflow's synchronous operation: read the environment, check the tickers, open the event sink.</summary>
internal sealed partial class StreamerSetup(ILogger<StreamerSetup> logger)
{
    private const string DefaultMarkets = "FEDFUNDS-DEC25,KXBTCMAXY-25-DEC31-129999.99";

    public StreamerSettings Prepare(string directory, string sessionId)
    {
        using var operation = new StepLogger(logger, "Streamer Setup", totalSteps: 3);
        operation.Start(("session", sessionId));
        try
        {
            operation.Step(1, "Read environment", ("source", "env"));
            var markets = Environment.GetEnvironmentVariable("MARKETS") is { Length: > 0 } set ? set : DefaultMarkets;
            WorkflowLog.Setting(logger, "MARKETS", markets);
            var tickers = markets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            operation.Success(("markets", tickers.Length));

            operation.Step(2, "Validate market tickers", ("markets", tickers.Length));
            var valid = tickers.Where(t => Ticker().IsMatch(t)).ToArray();
            operation.Success(("valid", valid.Length), ("rejected", tickers.Length - valid.Length));

            operation.Step(3, "Open event sink", ("format", "jsonl"));
            var sink = new EventSink(Path.Combine(directory, $"SESSION_{sessionId}.events.jsonl"));
            operation.Success(("file", Path.GetFileName(sink.Path)));

            operation.Complete(("markets", valid.Length));
            return new StreamerSettings(valid, sink);
        }
        catch (Exception e)
        {
            operation.Failure(e);
            operation.Complete(e);
            throw;
        }
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9.]+)+$")]
    private static partial Regex Ticker();
}

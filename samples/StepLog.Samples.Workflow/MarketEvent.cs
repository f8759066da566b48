namespace StepLog.Samples.Workflow;

/// <summary>One message of the feed: a full book for a market (snapshot) or one price level's change (delta).</summary>
internal sealed record MarketEvent(long Sequence, string Market, bool IsSnapshot, string Side, int Price, int Delta);

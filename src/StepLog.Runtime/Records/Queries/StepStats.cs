namespace StepLog.Records;

/// <summary>
/// How an operation, or one of its steps, fared over a window: counts, and the median and 95th percentile of the
/// durations of those that ended. Percentiles come from a duration histogram the store keeps as records arrive, so
/// they are exact to within one histogram bucket.
/// </summary>
/// <param name="Operation">The operation.</param>
/// <param name="StepName">The step; null for the operation's own runs.</param>
/// <param name="Count">How many ended in the window.</param>
/// <param name="Failed">How many of them failed.</param>
/// <param name="Warnings">How many of them ended with a warning.</param>
/// <param name="P50Ms">The median duration; null when none ended.</param>
/// <param name="P95Ms">The 95th percentile of the durations; null when none ended.</param>
public sealed record StepStats(string Operation, string? StepName, long Count, long Failed, long Warnings, double? P50Ms, double? P95Ms);

using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>One page of runs, newest first.</summary>
/// <param name="Runs">The runs on this page.</param>
/// <param name="NextCursor">Gives the next page as <see cref="StepRunQuery.After"/>; null when this page is the last.</param>
public sealed record StepRunPage(IReadOnlyList<StepRunSummary> Runs, string? NextCursor);

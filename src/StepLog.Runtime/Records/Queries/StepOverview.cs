using System;
using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>A window of time at a glance: per operation, per step, and runs over time.</summary>
/// <param name="Since">The window's start (inclusive).</param>
/// <param name="Until">The window's end (exclusive).</param>
/// <param name="Operations">One line per operation (<see cref="StepStats.StepName"/> null), most runs first.</param>
/// <param name="Steps">One line per operation and step, by operation, then slowest p95 first.</param>
/// <param name="Timeline">Runs ended and failed per time bucket, oldest first, every bucket of the window present.</param>
public sealed record StepOverview(
    DateTimeOffset Since,
    DateTimeOffset Until,
    IReadOnlyList<StepStats> Operations,
    IReadOnlyList<StepStats> Steps,
    IReadOnlyList<StepTimeBucket> Timeline);

/// <summary>Runs that ended in one bucket of time.</summary>
/// <param name="Start">The bucket's start.</param>
/// <param name="Runs">Runs that ended in the bucket.</param>
/// <param name="Failed">Of those, the runs that failed.</param>
public sealed record StepTimeBucket(DateTimeOffset Start, long Runs, long Failed);

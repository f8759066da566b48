using System;
using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>
/// One event in the life of a step or an operation: what it is about (<see cref="SubjectId"/>), which step, and where
/// it stands. Records are kept by an <see cref="IStepStore"/> and answer "what happened to doc123?".
/// </summary>
/// <param name="SubjectId">What the record is about, for example a document id. Never null.</param>
/// <param name="StepName">The step's name (the operation's name for <see cref="StepNumber"/> 0). Never null.</param>
/// <param name="Status">Where the step stands.</param>
public sealed record StepRecord(string SubjectId, string StepName, StepStatus Status)
{
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>(0);

    private readonly IReadOnlyDictionary<string, object?> _details = NoDetails;
    private readonly DateTimeOffset _timestamp = DateTimeOffset.UtcNow;

    /// <summary>What the record is about, for example a document id.</summary>
    public string SubjectId { get; init; } = SubjectId ?? throw new ArgumentNullException(nameof(SubjectId));

    /// <summary>The step's name; the operation's name for the operation's own records.</summary>
    public string StepName { get; init; } = StepName ?? throw new ArgumentNullException(nameof(StepName));

    /// <summary>The name of the operation the step belongs to, if any.</summary>
    public string? Operation { get; init; }

    /// <summary>The id of the operation's run, shared by all its records, its log lines and its trace.</summary>
    public string? OperationId { get; init; }

    /// <summary>
    /// On a run's own records (<see cref="StepNumber"/> 0): the <see cref="OperationId"/> of the run it ran inside (a
    /// nested operation's enclosing operation, a batch item's batch); null for a top-level run and on step records.
    /// </summary>
    public string? ParentOperationId { get; init; }

    /// <summary>On a run's own records (<see cref="StepNumber"/> 0): whether the run is an operation or a batch.</summary>
    public StepRunKind RunKind { get; init; }

    /// <summary>The step's number in its operation, from 1; 0 for the operation itself.</summary>
    public int StepNumber { get; init; }

    /// <summary>How many steps the operation has, when known.</summary>
    public int TotalSteps { get; init; }

    /// <summary>
    /// The step's metadata: strings, numbers, booleans and nulls. When the record is added, every store keeps whole
    /// numbers as <see cref="long"/>, other numbers as <see cref="double"/> and any other value (or a NaN) as its
    /// invariant text. Never null: empty when there is none.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Details
    {
        get => _details;
        init => _details = value ?? throw new ArgumentNullException(nameof(Details), "Details is never null: leave it unset for no details.");
    }

    /// <summary>How long the step took, in milliseconds, when it has ended.</summary>
    public double? DurationMs { get; init; }

    /// <summary>What went wrong, for Error and Failed (and the warning's text for Warning).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>When the event happened, in UTC (a value with another offset is converted). Defaults to the moment the record was created.</summary>
    public DateTimeOffset Timestamp
    {
        get => _timestamp;
        init => _timestamp = value.ToUniversalTime();
    }

    /// <summary>Orders records with equal timestamps: higher is later. Stores return equal timestamps in this order, then in the order added.</summary>
    public long Sequence { get; init; }

    /// <summary>True when the status ends the step: Success, Warning, Failed, Skipped.</summary>
    public bool IsTerminal => Status.IsTerminal();

    /// <summary>True when the status is an error: Error (recoverable) or Failed (final).</summary>
    public bool IsError => Status.IsError();
}

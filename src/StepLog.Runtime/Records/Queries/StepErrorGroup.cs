using System;

namespace StepLog.Records;

/// <summary>Errors (or warnings) of one operation and step with one message: how many, and the latest.</summary>
/// <param name="Operation">The operation, when the records name one.</param>
/// <param name="StepName">The step.</param>
/// <param name="Status">Error, Failed or Warning.</param>
/// <param name="ErrorMessage">The message the group shares.</param>
/// <param name="Count">How many records in the window.</param>
/// <param name="LastSeen">When the latest was written.</param>
/// <param name="LastOperationId">The run of the latest, to link to.</param>
/// <param name="LastSubjectId">The subject of the latest.</param>
public sealed record StepErrorGroup(
    string? Operation,
    string StepName,
    StepStatus Status,
    string? ErrorMessage,
    long Count,
    DateTimeOffset LastSeen,
    string? LastOperationId,
    string LastSubjectId);

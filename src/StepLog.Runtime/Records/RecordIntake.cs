using System;

namespace StepLog.Records;

/// <summary>
/// What every store's <c>AddAsync</c> makes of a record before it keeps or queues it, in one place so that every store
/// keeps the same thing: a record whose status is not a <see cref="StepStatus"/> is refused (an error naming it, at the
/// call); text a database cannot hold is repaired (<see cref="RecordText"/>); the details are frozen
/// (<see cref="FrozenDetails"/>). So a record a store takes is one it can write, and it is a value: nothing the caller
/// does afterwards changes it.
/// </summary>
internal static class RecordIntake
{
    /// <summary>The record as every store keeps it (the same instance when there is nothing to change), and its estimated size.</summary>
    /// <exception cref="ArgumentException">The status is not a <see cref="StepStatus"/>, or the subject, step name or a details key is null.</exception>
    public static StepRecord Take(StepRecord record, out long estimatedBytes)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        if ((uint)record.RunKind > (uint)StepRunKind.Batch)
        {
            throw new ArgumentException(
                $"The step record's RunKind is {(int)record.RunKind}, which is not a StepRunKind: give Operation or Batch.", nameof(record));
        }

        if ((uint)record.Status > (uint)StepStatus.Skipped)
        {
            throw new ArgumentException(
                $"The step record's Status is {(int)record.Status}, which is not a StepStatus: give one of {string.Join(", ", StepStatusFacts.All)}.",
                nameof(record));
        }

        var subject = RecordText.Repair(record.SubjectId) ?? throw Missing(record, nameof(StepRecord.SubjectId));
        var step = RecordText.Repair(record.StepName) ?? throw Missing(record, nameof(StepRecord.StepName));
        var operation = RecordText.Repair(record.Operation);
        var operationId = RecordText.Repair(record.OperationId);
        var parentId = RecordText.Repair(record.ParentOperationId);
        var error = RecordText.Repair(record.ErrorMessage);
        var details = record.Details.Count == 0 ? null : FrozenDetails.Of(record.Details);

        estimatedBytes = RecordSize.Record
            + RecordSize.Of(subject) + RecordSize.Of(step) + RecordSize.Of(operation) + RecordSize.Of(operationId) + RecordSize.Of(parentId) + RecordSize.Of(error)
            + (details?.EstimatedBytes ?? 0);

        if (ReferenceEquals(subject, record.SubjectId) && ReferenceEquals(step, record.StepName) && ReferenceEquals(operation, record.Operation)
            && ReferenceEquals(operationId, record.OperationId) && ReferenceEquals(parentId, record.ParentOperationId)
            && ReferenceEquals(error, record.ErrorMessage)
            && (details is null || ReferenceEquals(details, record.Details)))
        {
            return record;
        }

        return record with
        {
            SubjectId = subject,
            StepName = step,
            Operation = operation,
            OperationId = operationId,
            ParentOperationId = parentId,
            ErrorMessage = error,
            Details = details ?? record.Details,
        };
    }

    private static ArgumentException Missing(StepRecord record, string field) =>
        new($"The step record's {field} is null: every record needs one (at {record.Timestamp:O}).", nameof(record));
}

using System.Runtime.CompilerServices;

namespace StepLog.Records;

/// <summary>
/// The run an operation runs inside, for its own first record (<see cref="StepRecord.ParentOperationId"/>): the
/// enclosing operation's, or, inside a batch's item, the batch's. An item's frame carries an id of its own (its free
/// steps' records are filed under it) that is no run, so the batch's id is found by the item frame's definition,
/// which each batch run makes for itself. Asked only when the operation records.
/// </summary>
internal static class RunParents
{
    private static readonly ConditionalWeakTable<Generated.OperationDefinition, string> Batches = new();

    /// <summary>Notes that operations in frames of <paramref name="itemFrame"/> are items of the batch <paramref name="batchId"/>.</summary>
    public static void AddBatch(Generated.OperationDefinition itemFrame, string? batchId)
    {
        if (batchId is not null)
        {
            Batches.Add(itemFrame, batchId);
        }
    }

    /// <summary>The parent of an operation that starts now, in the flow, inside <paramref name="enclosing"/>.</summary>
    public static string? Of(in RunIdentity enclosing)
    {
        if (Ambient.FlowValue is FlowFrame frame && !frame.IsShared && frame.Identity.Id.Text is { } itemId
            && itemId == enclosing.Id.Text && Batches.TryGetValue(frame.Operation, out var batchId))
        {
            return batchId;
        }

        return enclosing.Id.Text;
    }
}

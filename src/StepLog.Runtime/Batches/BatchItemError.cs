using System;

namespace StepLog;

/// <summary>One failed item of a batch.</summary>
public sealed class BatchItemError
{
    internal BatchItemError(string itemId, int position, string message, bool timedOut, Exception? exception)
    {
        ItemId = itemId;
        Position = position;
        Message = message;
        TimedOut = timedOut;
        Exception = exception;
    }

    /// <summary>The item's id: the batch's <c>itemId</c> of it, or its 1-based position.</summary>
    public string ItemId { get; }

    /// <summary>The item's 1-based position in the input.</summary>
    public int Position { get; }

    /// <summary>The failure's message, as the line shows it.</summary>
    public string Message { get; }

    /// <summary>Whether the item failed by timing out.</summary>
    public bool TimedOut { get; }

    /// <summary>The exception the item's work threw, the same object; null for a timeout.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc />
    public override string ToString() => ItemId + ": " + Message;
}

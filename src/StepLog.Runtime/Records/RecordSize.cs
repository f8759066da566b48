namespace StepLog.Records;

/// <summary>
/// About how much memory a queued record holds, in bytes, estimated from what it is made of rather than measured, so
/// that it costs a few additions per record. It errs high: strings a record shares with others count for each.
/// </summary>
internal static class RecordSize
{
    /// <summary>The record object and its slot in the queue.</summary>
    public const long Record = 160;

    /// <summary>A dictionary entry and its bucket.</summary>
    public const long Entry = 32;

    /// <summary>A boxed number or boolean.</summary>
    public const long Boxed = 24;

    public static long Of(string? text) => text is null ? 0 : 22 + (2L * text.Length);

    public static long OfValue(object? value) => value switch
    {
        null => 0,
        string text => Of(text),
        _ => Boxed,
    };
}

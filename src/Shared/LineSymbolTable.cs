namespace StepLog.Shared;

/// <summary>
/// The symbol that leads each kind of line, emoji or ASCII, with the spacing the format fixes after it: what the
/// runtime writes and the steplog tool recognizes.
/// </summary>
internal static class LineSymbolTable
{
    /// <summary>The variation selector some emoji carry: they render narrow in many terminals, so get two spaces.</summary>
    public const char VariationSelector = '\uFE0F';

    public const string StartEmoji = "🚀";
    public const string StepEmoji = "▶️";
    public const string OkEmoji = "✅";
    public const string FailEmoji = "❌";
    public const string SkipEmoji = "⏭️";
    public const string CancelEmoji = "⏹️";
    public const string DoneEmoji = "🏁";
    public const string WarnEmoji = "⚠️";
    public const string RetryEmoji = "🔁";
    public const string ProgressEmoji = "📊";

    /// <summary>The ASCII tags, without their brackets.</summary>
    public const string StartTag = "START";
    public const string StepTag = "STEP";
    public const string OkTag = "OK";
    public const string FailTag = "FAIL";
    public const string SkipTag = "SKIP";
    public const string CancelTag = "CANCEL";
    public const string DoneTag = "DONE";
    public const string IncompleteTag = "INCOMPLETE";
    public const string WarnTag = "WARN";
    public const string RetryTag = "RETRY";
    public const string ProgressTag = "PROGRESS";
    public const string InterruptedTag = "INTERRUPTED";

    // By kind: INCOMPLETE's ⚠️ gets one space, a step WARNING's two (the format's, kept as it was written).
    private static readonly string[] Emoji =
    [
        "", StartEmoji + " ", StepEmoji + "  ", OkEmoji + " ", FailEmoji + " ", SkipEmoji + "  ", CancelEmoji + "  ",
        DoneEmoji + " ", WarnEmoji + " ", WarnEmoji + "  ", RetryEmoji + " ", ProgressEmoji + " ", CancelEmoji + "  ",
    ];

    private static readonly string[] Ascii =
    [
        "", Tag(StartTag), Tag(StepTag), Tag(OkTag), Tag(FailTag), Tag(SkipTag), Tag(CancelTag), Tag(DoneTag),
        Tag(IncompleteTag), Tag(WarnTag), Tag(RetryTag), Tag(ProgressTag), Tag(InterruptedTag),
    ];

    /// <summary>
    /// The first character of every emoji (a high surrogate for those outside the BMP, such as 🚀): where a reader
    /// scanning for a line's symbol can start looking, derived here so that a new symbol is found everywhere at once.
    /// </summary>
    public static readonly string EmojiStarts = FirstCharacters(
        StartEmoji, StepEmoji, OkEmoji, FailEmoji, SkipEmoji, CancelEmoji, DoneEmoji, WarnEmoji, RetryEmoji, ProgressEmoji);

    /// <summary>The character every ASCII tag starts with.</summary>
    public const char TagStart = '[';

    /// <summary>The symbol and its spaces that lead a line of the kind.</summary>
    public static string Prefix(LineKind kind, bool ascii) => (ascii ? Ascii : Emoji)[(int)kind];

    private static string Tag(string tag) => TagStart + tag + "] ";

    private static string FirstCharacters(params string[] symbols)
    {
        var starts = new System.Text.StringBuilder();
        foreach (var symbol in symbols)
        {
            if (starts.ToString().IndexOf(symbol[0]) < 0)
            {
                starts.Append(symbol[0]);
            }
        }

        return starts.ToString();
    }
}

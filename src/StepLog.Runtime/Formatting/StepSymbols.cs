namespace StepLog;

/// <summary>Which symbols lead StepLog lines.</summary>
public enum StepSymbols
{
    /// <summary>Emoji that a reader spots at a glance: 🚀 ▶️ ✅ ❌ ⏭️ ⏹️ 🏁 ⚠️ 🔁, and for batches 📊 ⏹️.</summary>
    Emoji,

    /// <summary>ASCII tags that survive any text encoding: [START] [STEP] [OK] [FAIL] [SKIP] [CANCEL] [DONE] [INCOMPLETE] [WARN] [RETRY], and for batches [PROGRESS] [INTERRUPTED].</summary>
    Ascii,
}

/// <summary>The leading symbol of each line, with the spacing the format fixes after it.</summary>
internal static class SymbolTable
{
    // Emoji that are followed by U+FE0F render narrow in many terminals, so the format gives them two spaces.
    private static readonly string[] Emoji = ["", "🚀 ", "▶️  ", "✅ ", "❌ ", "⏭️  ", "⏹️  ", "🏁 ", "⚠️ ", "⚠️  ", "🔁 ", "📊 ", "⏹️  "];
    private static readonly string[] Ascii = ["", "[START] ", "[STEP] ", "[OK] ", "[FAIL] ", "[SKIP] ", "[CANCEL] ", "[DONE] ", "[INCOMPLETE] ", "[WARN] ", "[RETRY] ", "[PROGRESS] ", "[INTERRUPTED] "];

    public static string Prefix(StepEvent kind, StepSymbols symbols) =>
        (symbols == StepSymbols.Ascii ? Ascii : Emoji)[(int)kind];
}

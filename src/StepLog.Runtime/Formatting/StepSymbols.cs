using StepLog.Shared;

namespace StepLog;

/// <summary>Which symbols lead StepLog lines.</summary>
public enum StepSymbols
{
    /// <summary>Emoji that a reader spots at a glance: 🚀 ▶️ ✅ ❌ ⏭️ ⏹️ 🏁 ⚠️ 🔁, and for batches 📊 ⏹️.</summary>
    Emoji,

    /// <summary>ASCII tags that survive any text encoding: [START] [STEP] [OK] [FAIL] [SKIP] [CANCEL] [DONE] [INCOMPLETE] [WARN] [RETRY], and for batches [PROGRESS] [INTERRUPTED].</summary>
    Ascii,
}

/// <summary>The leading symbol of each line, with the spacing the format fixes after it: <see cref="LineSymbolTable"/>'s.</summary>
internal static class SymbolTable
{
    public static string Prefix(StepEvent kind, StepSymbols symbols) =>
        LineSymbolTable.Prefix((LineKind)kind, symbols == StepSymbols.Ascii);
}

using Microsoft.CodeAnalysis;

namespace StepLog.Analyzers.Usage;

/// <summary>Orders symbols as they appear in the source, so that "the second step" means the one written later.</summary>
internal static class SourceOrder
{
    public static (string File, int Position) Key(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return (location.SourceTree?.FilePath ?? "", location.SourceSpan.Start);
            }
        }

        return ("", 0);
    }
}

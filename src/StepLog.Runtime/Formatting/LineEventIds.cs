using Microsoft.Extensions.Logging;
using StepLog.Shared;

namespace StepLog;

/// <summary>The <see cref="EventId"/> of each kind of line, from the line contract's ids and names (<see cref="LineEvents"/>).</summary>
internal static class LineEventIds
{
    /// <summary>The ids of the kinds up to <paramref name="last"/>, indexed by kind (0 is no kind).</summary>
    public static EventId[] Create(StepEvent last)
    {
        var ids = new EventId[(int)last + 1];
        for (var kind = (LineKind)1; kind <= (LineKind)last; kind++)
        {
            ids[(int)kind] = new EventId((int)kind, LineEvents.Name(kind));
        }

        return ids;
    }
}

using System.Collections.Generic;
#if NET9_0_OR_GREATER
using Microsoft.Extensions.Logging.Abstractions;
#endif

namespace StepLog;

/// <summary>
/// Writes a released run's held lines, in order. A logger that implements <c>IBufferedLogger</c> (Microsoft.Extensions.Logging
/// 9 and later) gets each stretch of consecutive lines meant for it as buffered records, which carry their original
/// timestamps; any other gets each line through <c>Log</c>, whose state carries the original time as its <c>timestamp</c> field.
/// </summary>
internal static class HeldLineWriter
{
    public static void Write(List<HeldEntry> lines)
    {
        var index = 0;
        while (index < lines.Count)
        {
#if NET9_0_OR_GREATER
            if (lines[index].Logger is IBufferedLogger buffered)
            {
                var end = index + 1;
                while (end < lines.Count && ReferenceEquals(lines[end].Logger, lines[index].Logger))
                {
                    end++;
                }

                HeldRecord.Write(buffered, lines, index, end);
                index = end;
                continue;
            }
#endif
            lines[index].Write();
            index++;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepLog.Records;

/// <summary>
/// The <see cref="StepRunPage.NextCursor"/> every store makes and reads: the start and id of the last run of a page,
/// the key that runs are ordered by (newest first), so that the next page starts right after it even when runs share
/// a start time. Base64url text, so that it travels in a URL as it is.
/// </summary>
internal readonly struct RunCursor
{
    private const string Version = "r1";

    private static readonly char[] Separator = ['|'];

    public RunCursor(long startedTicks, string operationId)
    {
        StartedTicks = startedTicks;
        OperationId = operationId;
    }

    public long StartedTicks { get; }

    public string OperationId { get; }

    public static string Of(StepRunSummary last) => new RunCursor(last.StartedAt.UtcTicks, last.OperationId).ToString();

    /// <summary>
    /// The page of runs a store read with one row more than the query's limit: that row only tells that another page
    /// follows, which starts after the last run kept.
    /// </summary>
    public static StepRunPage PageOf(List<StepRunSummary> rows, int limit)
    {
        if (rows.Count <= limit)
        {
            return new StepRunPage(rows, null);
        }

        rows.RemoveAt(rows.Count - 1);
        return new StepRunPage(rows, Of(rows[rows.Count - 1]));
    }

    /// <summary>Reads a cursor a store made; false for any other text.</summary>
    public static bool TryParse(string after, out RunCursor cursor)
    {
        cursor = default;
        string text;
        try
        {
            var base64 = after.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - (base64.Length % 4)) % 4);
            text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = text.Split(Separator, 3);
        if (parts.Length != 3 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new RunCursor(ticks, parts[2]);
        return true;
    }

    public override string ToString()
    {
        var text = Version + "|" + StartedTicks.ToString(CultureInfo.InvariantCulture) + "|" + OperationId;
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>True when a run with this key comes after the cursor in the newest-first order.</summary>
    public bool Precedes(long startedTicks, string operationId) =>
        startedTicks < StartedTicks || (startedTicks == StartedTicks && string.CompareOrdinal(operationId, OperationId) < 0);
}

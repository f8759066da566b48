using System;

namespace StepLog.Records;

/// <summary>The checks every store makes of a query's arguments, so that bad input gets the same clear error from each.</summary>
internal static class QueryArguments
{
    /// <summary>The most groups <see cref="IStepRecordQueries.GetErrorGroupsAsync"/> returns.</summary>
    public const int MaxErrorGroups = 1000;

    /// <summary>The query checked, and its cursor read.</summary>
    public static RunCursor? CheckRuns(StepRunQuery query)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        if (query.Limit < 1 || query.Limit > StepRunQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(query), query.Limit, $"The query's Limit is {query.Limit}: give from 1 to {StepRunQuery.MaxLimit} runs per page.");
        }

        if (query.Status is { } status && status is not (StepStatus.Running or StepStatus.Success or StepStatus.Warning or StepStatus.Failed or StepStatus.Skipped))
        {
            throw new ArgumentOutOfRangeException(
                nameof(query), status, $"The query's Status is {status}, which no run stands at: give Running, Success, Warning, Failed or Skipped.");
        }

        if (query.After is null)
        {
            return null;
        }

        // The text itself is not repeated: it comes from a URL and may hold anything.
        return RunCursor.TryParse(query.After, out var cursor)
            ? cursor
            : throw new ArgumentException(
                $"The query's After ({query.After.Length} characters) is not a cursor this store made: " +
                "give the NextCursor of the page before, or null for the first page.",
                nameof(query));
    }

    /// <summary>
    /// The subject checked and repaired as the stores keep it (<see cref="RecordText"/>), so that the subject as the
    /// caller recorded it finds its records.
    /// </summary>
    public static string SubjectKey(string subjectId) =>
        RecordText.Repair(subjectId ?? throw new ArgumentNullException(nameof(subjectId)))!;

    public static void CheckOperationId(string operationId)
    {
        if (operationId is null)
        {
            throw new ArgumentNullException(nameof(operationId));
        }
    }

    public static void CheckErrorGroupLimit(int limit)
    {
        if (limit < 1 || limit > MaxErrorGroups)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"The limit is {limit}: give from 1 to {MaxErrorGroups} groups.");
        }
    }
}

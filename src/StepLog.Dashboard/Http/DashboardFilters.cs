using System;
using System.Globalization;
using StepLog.Records;

namespace StepLog.Dashboard.Http;

/// <summary>
/// Reads the pages' filters from the query string. A value that cannot be used is an error naming the parameter and
/// what to give (400), never ignored: a filter silently dropped would show the wrong runs as the right ones.
/// </summary>
internal static class DashboardFilters
{
    private const string TimeHelp = "give an ISO 8601 time in UTC (2026-01-31T22:00:00Z) or a span back from now (30m, 6h, 7d)";

    /// <summary>A run's status: running, success, warning or failed (any case).</summary>
    public static StepStatus? RunStatus(DashboardRequest request, string name)
    {
        var value = request.Param(name);
        if (value is null)
        {
            return null;
        }

        return value.ToLowerInvariant() switch
        {
            "running" => StepStatus.Running,
            "success" => StepStatus.Success,
            "warning" => StepStatus.Warning,
            "failed" => StepStatus.Failed,
            _ => throw new BadFilterException(name, $"'{Shown(value)}' is not a run status; give one of running, success, warning, failed."),
        };
    }

    /// <summary>An ISO 8601 time (UTC when it has no offset), or a span back from now: 30m, 6h, 7d, 2w.</summary>
    public static DateTimeOffset? Time(DashboardRequest request, string name)
    {
        var value = request.Param(name);
        if (value is null)
        {
            return null;
        }

        if (BackFromNow(value) is { } span)
        {
            return request.Now - span;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new BadFilterException(name, $"'{Shown(value)}' is not a time; {TimeHelp}.");
    }

    /// <summary>true or false (also 1/0, yes/no, on/off).</summary>
    public static bool Flag(DashboardRequest request, string name)
    {
        var value = request.Param(name);
        return value?.ToLowerInvariant() switch
        {
            null or "false" or "0" or "no" or "off" => false,
            "true" or "1" or "yes" or "on" => true,
            _ => throw new BadFilterException(name, $"'{Shown(value)}' is not true or false; give true or false."),
        };
    }

    /// <summary>The most runs an HTML page lists, so that the heaviest page stays under 200 KB; the JSON twin takes more.</summary>
    public const int MaxPageRows = 200;

    /// <summary>How many runs a page shows: 1 to <see cref="MaxPageRows"/> on a page, to <see cref="StepRunQuery.MaxLimit"/> in JSON.</summary>
    public static int Limit(DashboardRequest request, string name, int fallback)
    {
        var value = request.Param(name);
        if (value is null)
        {
            return fallback;
        }

        var most = request.IsJson ? StepRunQuery.MaxLimit : MaxPageRows;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 && limit <= most)
        {
            return limit;
        }

        var more = request.IsJson ? string.Empty : $" (the JSON twin, {request.ApiLink()}, takes up to {StepRunQuery.MaxLimit})";
        throw new BadFilterException(name, $"'{Shown(value)}' is not a page size; give a whole number from 1 to {most}{more}.");
    }

    /// <summary>A run kind: operation or batch.</summary>
    public static StepRunKind? Kind(DashboardRequest request, string name)
    {
        var value = request.Param(name);
        return value?.ToLowerInvariant() switch
        {
            null => null,
            "operation" => StepRunKind.Operation,
            "batch" => StepRunKind.Batch,
            _ => throw new BadFilterException(name, $"'{Shown(value)}' is not a kind of run; give operation or batch."),
        };
    }

    /// <summary>The value as an error message may quote it: short, and with no control characters.</summary>
    public static string Shown(string value)
    {
        var cut = value.Length > 80 ? string.Concat(value.AsSpan(0, 80), "…") : value;
        return ValueText.Escaped(cut);
    }

    private static TimeSpan? BackFromNow(string value)
    {
        if (value.Length < 2 || !int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 100_000)
        {
            return null;
        }

        return char.ToLowerInvariant(value[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            'w' => TimeSpan.FromDays(7.0 * count),
            _ => null,
        };
    }
}

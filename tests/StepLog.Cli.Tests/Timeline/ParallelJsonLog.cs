using System.Text.Json;

namespace StepLog.Cli.Tests.Timeline;

/// <summary>
/// A JSON console log (Microsoft.Extensions.Logging's JSON formatter, as StepLog fills it) with known times: "Nightly"
/// calls "Fetch Prices" and "Fetch Rates" in parallel inside its first step (Rates fails), while "Side Job" runs beside
/// it at the top level. Times are milliseconds after 2026-01-01T00:00:00Z.
/// </summary>
internal static class ParallelJsonLog
{
    public static string Write(string path)
    {
        var lines = new List<string>
        {
            Start(0, "Nightly", "n1", 0),
            StepStart(1, "Nightly", "n1", 0, 1, 2, "Fetch all"),
            Start(2, "Fetch Prices", "p1", 1),
            Start(3, "Fetch Rates", "r1", 1),
            StepStart(4, "Fetch Prices", "p1", 1, 1, 1, "Call prices API"),
            Start(5, "Side Job", "s1", 0),
            StepStart(5, "Fetch Rates", "r1", 1, 1, 1, "Call rates API"),
            StepStart(6, "Side Job", "s1", 0, 1, 1, "Work"),
            StepEnd(8, 3, "Side Job", "s1", 0, 1, 1, "Work", 2.0),
            Complete(9, "Side Job", "s1", 0, 4.0),
            StepEnd(10, 3, "Fetch Prices", "p1", 1, 1, 1, "Call prices API", 6.0),
            Complete(11, "Fetch Prices", "p1", 1, 9.0),
            StepEnd(12, 4, "Fetch Rates", "r1", 1, 1, 1, "Call rates API", 7.0, error: "timeout"),
            Complete(13, "Fetch Rates", "r1", 1, 10.0, error: "timeout"),
            StepEnd(14, 3, "Nightly", "n1", 0, 1, 2, "Fetch all", 13.0),
            StepStart(15, "Nightly", "n1", 0, 2, 2, "Publish"),
            StepEnd(20, 3, "Nightly", "n1", 0, 2, 2, "Publish", 5.0),
            Complete(21, "Nightly", "n1", 0, 21.0),
        };
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Start(int ms, string operation, string id, int depth) =>
        Line(ms, 1, $"🚀 START: {operation}", new() { ["operation"] = operation, ["depth"] = depth, ["operation_id"] = id });

    private static string StepStart(int ms, string operation, string id, int depth, int number, int total, string step) =>
        Line(ms, 2, $"▶️  [{number}/{total}] {step}", new()
        {
            ["operation"] = operation, ["step"] = step, ["step_number"] = number, ["total_steps"] = total, ["depth"] = depth, ["operation_id"] = id,
        });

    private static string StepEnd(int ms, int eventId, string operation, string id, int depth, int number, int total, string step, double duration, string? error = null)
    {
        var state = new Dictionary<string, object?>
        {
            ["operation"] = operation, ["step"] = step, ["step_number"] = number, ["total_steps"] = total, ["depth"] = depth,
            ["status"] = error is null ? "success" : "failed", ["duration_ms"] = duration, ["operation_id"] = id,
        };
        if (error is not null)
        {
            state["error"] = error;
        }

        var message = error is null
            ? $"✅ [{number}/{total}] {step} - SUCCESS (duration_ms={duration:0.0})"
            : $"❌ [{number}/{total}] {step} - FAILED: {error} (duration_ms={duration:0.0})";
        return Line(ms, eventId, message, state);
    }

    private static string Complete(int ms, string operation, string id, int depth, double total, string? error = null)
    {
        var state = new Dictionary<string, object?> { ["operation"] = operation, ["depth"] = depth, ["total_duration_ms"] = total, ["operation_id"] = id };
        if (error is not null)
        {
            state["status"] = "failed";
            state["error"] = error;
        }

        var message = error is null
            ? $"🏁 COMPLETE: {operation} (total_duration_ms={total:0.0})"
            : $"🏁 COMPLETE: {operation} (status=failed, error={error}, total_duration_ms={total:0.0})";
        return Line(ms, 7, message, state);
    }

    private static string Line(int ms, int eventId, string message, Dictionary<string, object?> state)
    {
        state["Message"] = message;
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Timestamp"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
            ["EventId"] = eventId,
            ["LogLevel"] = eventId == 4 ? "Error" : "Information",
            ["Category"] = "Fixture",
            ["Message"] = message,
            ["State"] = state,
        });
    }
}

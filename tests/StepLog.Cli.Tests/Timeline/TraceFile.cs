using System.Text.Json;

namespace StepLog.Cli.Tests.Timeline;

/// <summary>A Chrome Trace Event file as a viewer reads it: its complete events and its metadata.</summary>
internal sealed class TraceFile
{
    private TraceFile(List<TraceEvent> events, JsonElement otherData)
    {
        Events = events;
        OtherData = otherData;
    }

    public List<TraceEvent> Events { get; }

    public JsonElement OtherData { get; }

    public static TraceFile Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var events = new List<TraceEvent>();
        foreach (var item in document.RootElement.GetProperty("traceEvents").EnumerateArray())
        {
            if (item.GetProperty("ph").GetString() != "X")
            {
                continue;
            }

            var args = item.GetProperty("args").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
            events.Add(new TraceEvent(
                item.GetProperty("name").GetString()!,
                item.GetProperty("cat").GetString()!,
                item.GetProperty("ts").GetInt64(),
                item.GetProperty("dur").GetInt64(),
                item.GetProperty("pid").GetInt32(),
                item.GetProperty("tid").GetInt32(),
                args));
        }

        return new TraceFile(events, document.RootElement.GetProperty("otherData").Clone());
    }

    public TraceEvent Single(string name) => Events.Single(e => e.Name == name);

    /// <summary>
    /// The lane rule: on one (pid, tid), two events either do not overlap or one contains the other. Returns the pairs
    /// that break it.
    /// </summary>
    public List<string> LaneRuleViolations()
    {
        var violations = new List<string>();
        foreach (var lane in Events.GroupBy(e => (e.Pid, e.Tid)))
        {
            var list = lane.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    var overlap = a.Ts < b.End && b.Ts < a.End;
                    if (overlap && !a.Contains(b) && !b.Contains(a))
                    {
                        violations.Add($"{a} and {b} overlap on pid {a.Pid} tid {a.Tid}");
                    }
                }
            }
        }

        return violations;
    }
}

internal sealed record TraceEvent(string Name, string Cat, long Ts, long Dur, int Pid, int Tid, Dictionary<string, string> Args)
{
    public long End => Ts + Dur;

    public bool Contains(TraceEvent other) => Ts <= other.Ts && other.End <= End;

    public override string ToString() => $"'{Name}' [{Ts}, {End}]";
}

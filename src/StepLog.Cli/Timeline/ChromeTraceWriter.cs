using System.IO;
using System.Linq;
using System.Text.Json;

namespace StepLog.Cli.Timeline;

/// <summary>
/// Writes the timeline in the Chrome Trace Event format (the JSON object form), which Perfetto, chrome://tracing and
/// speedscope open: one complete event (<c>"ph": "X"</c>, <c>ts</c> and <c>dur</c> in microseconds) per operation and
/// step, a process per input file, a thread per lane, the status and the line's values in <c>args</c>.
/// </summary>
internal static class ChromeTraceWriter
{
    public static void Write(TimelineLayout layout, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteStartArray("traceEvents");
        foreach (var file in layout.Files)
        {
            Metadata(json, "process_name", file.ProcessId, tid: null, file.Name);
            for (var lane = 0; lane < file.Lanes; lane++)
            {
                Metadata(json, "thread_name", file.ProcessId, lane + 1, $"lane {lane + 1}");
            }

            // By start, a parent before its children, as viewers expect nested events.
            foreach (var span in file.Operations.SelectMany(span => span.SelfAndDescendants()).OrderBy(span => span.Start).ThenBy(span => span.Depth))
            {
                json.WriteStartObject();
                json.WriteString("name", span.Name);
                json.WriteString("cat", span.Kind == SpanKind.Operation ? "operation" : "step");
                json.WriteString("ph", "X");
                json.WriteNumber("ts", span.Start);
                json.WriteNumber("dur", span.Duration);
                json.WriteNumber("pid", file.ProcessId);
                json.WriteNumber("tid", span.Lane + 1);
                json.WriteStartObject("args");
                foreach (var detail in span.Details)
                {
                    json.WriteString(detail.Key, detail.Value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteString("displayTimeUnit", "ms");
        json.WriteStartObject("otherData");
        json.WriteString("generator", "steplog timeline");
        if (layout.Origin is { } origin)
        {
            json.WriteString("origin", origin.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteString("times", "estimated from durations: the log has no timestamps");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Metadata(Utf8JsonWriter json, string name, int pid, int? tid, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ph", "M");
        json.WriteNumber("pid", pid);
        if (tid is { } thread)
        {
            json.WriteNumber("tid", thread);
        }

        json.WriteStartObject("args");
        json.WriteString("name", value);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

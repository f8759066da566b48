using System.Globalization;
using StepLog.Cli.Input;
using StepLog.Cli.Model;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Contract;

/// <summary>
/// The line contract from both ends: every kind of line the runtime writes, through every formatter and sink the tool
/// reads, is read back by the tool as the same kind, with the same operation, step, number, total, status, duration,
/// message and values as the entry the runtime logged.
/// </summary>
public sealed class LineParityTests : IAsyncLifetime
{
    // StepEvent's ids, as the runtime documents them, and the tool's kind for each: written here, not taken from
    // either side, so that a drift on either side fails.
    private static readonly Dictionary<int, LogEventKind> KindOfEventId = new()
    {
        [1] = LogEventKind.OperationStart,
        [2] = LogEventKind.StepStart,
        [3] = LogEventKind.StepSuccess,
        [4] = LogEventKind.StepFailed,
        [5] = LogEventKind.StepSkipped,
        [6] = LogEventKind.StepCancelled,
        [7] = LogEventKind.OperationComplete,
        [8] = LogEventKind.OperationIncomplete,
        [9] = LogEventKind.StepWarning,
        [10] = LogEventKind.StepRetry,
        [11] = LogEventKind.OperationProgress,
        [12] = LogEventKind.OperationInterrupted,
    };

    // The keys that are StepLog's own fields (read into the event's properties) or the run's and the span's ids.
    private static readonly HashSet<string> OwnKeys =
    [
        "operation", "operation_id", "step", "step_number", "total_steps", "depth", "duration_ms", "total_duration_ms",
        "last_step", "trace_id", "span_id", "{OriginalFormat}",
    ];

    private readonly TempFolder _folder = new();
    private List<CapturedEntry> _entries = [];

    public async Task InitializeAsync() => _entries = await EveryLineStory.TellAsync(_folder.Path);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_story_writes_every_kind_of_line_StepLog_has()
    {
        Assert.Equal(KindOfEventId.Keys.Order(), _entries.Select(e => e.EventId.Id).Distinct().Order());
        Assert.Contains(_entries, e => Equals(e.Field("status"), "abandoned"));
        Assert.Contains(_entries, e => e.EventId.Id == 9 && e.Field("step") is null);
    }

    [Theory]
    [InlineData("steplog")]
    [InlineData("steplog-ascii")]
    [InlineData("json")]
    [InlineData("serilog-text")]
    [InlineData("clef")]
    public void Every_line_a_sink_writes_reads_back_as_the_kind_and_fields_the_runtime_logged(string sink)
    {
        var log = Path.Combine(_folder.Path, sink + ".log");
        Sinks.Render(sink, _entries, log);
        var events = new LogReader().Read([InputSource.File(log)]).ToList();

        // One event per entry, in order: none lost, none made up.
        Assert.Equal(_entries.Select(KindOf), events.Select(e => e.Kind));

        var drifts = new List<string>();
        for (var i = 0; i < Math.Min(events.Count, _entries.Count); i++)
        {
            drifts.AddRange(Compare(_entries[i], events[i], sink).Select(d => $"line {events[i].Line} ({_entries[i].EventId.Name}): {d}"));
        }

        Assert.True(drifts.Count == 0, string.Join("\n", drifts));
    }

    private static IEnumerable<string> Compare(CapturedEntry entry, LogEvent read, string sink)
    {
        var kind = KindOf(entry);
        if (read.Kind != kind)
        {
            yield return $"kind {read.Kind}, logged {kind}";
        }

        var status = entry.Field("status") as string;
        var statusIsStepLogs = kind is not (LogEventKind.OperationComplete or LogEventKind.OperationStart or LogEventKind.OperationProgress or LogEventKind.OperationInterrupted);
        if (statusIsStepLogs && status is not null && status != "abandoned" && read.Kind.StatusWord() != status)
        {
            yield return $"status {read.Kind.StatusWord()}, logged {status}";
        }

        // A text step line does not name its operation: the tool finds it by correlation.
        var textStepLine = sink is "steplog" or "steplog-ascii" or "serilog-text" && !kind.NamesOperation();
        foreach (var drift in Same("operation", textStepLine ? null : entry.Field("operation"), read.Operation))
        {
            yield return drift;
        }

        foreach (var drift in Same("step", entry.Field("step") ?? (kind.NamesOperation() ? null : entry.Field("item")), read.Step))
        {
            yield return drift;
        }

        var number = entry.Field("step_number") ?? (entry.Field("last_step") is string last ? last.Split('/')[0] : entry.Field("last_step"));
        foreach (var drift in Same("step_number", number, read.StepNumber).Concat(Same("total_steps", Zero(entry.Field("total_steps")), read.TotalSteps)))
        {
            yield return drift;
        }

        foreach (var drift in Same("duration", entry.Field("duration_ms") ?? entry.Field("total_duration_ms"), read.DurationMs))
        {
            yield return drift;
        }

        var text = kind switch
        {
            LogEventKind.StepFailed or LogEventKind.StepRetry => entry.Field("error"),
            LogEventKind.StepSkipped => entry.Field("reason"),
            LogEventKind.StepWarning or LogEventKind.OperationWarning => entry.Field("message"),
            _ => null,
        };
        foreach (var drift in Same("text", text, read.Text).Concat(Same("attempt", kind == LogEventKind.StepRetry ? entry.Field("attempt") : null, read.Attempt)))
        {
            yield return drift;
        }

        // Serilog's text template shows no depth.
        if (sink != "serilog-text")
        {
            foreach (var drift in Same("depth", entry.Field("depth"), read.Depth))
            {
                yield return drift;
            }
        }

        foreach (var pair in entry.State)
        {
            var own = OwnKeys.Contains(pair.Key) || pair.Key switch
            {
                "item" => !kind.NamesOperation(),
                "status" => statusIsStepLogs,
                "error" => kind is LogEventKind.StepFailed or LogEventKind.StepRetry,
                "reason" => kind == LogEventKind.StepSkipped,
                "message" => kind is LogEventKind.StepWarning or LogEventKind.OperationWarning,
                "attempt" => kind == LogEventKind.StepRetry,
                _ => false,
            };
            if (!own)
            {
                foreach (var drift in Same("value " + pair.Key, pair.Value, read.Value(pair.Key)))
                {
                    yield return drift;
                }
            }
        }
    }

    // A WARNING without a step is the batch's own.
    private static LogEventKind KindOf(CapturedEntry entry) =>
        entry.EventId.Id == 9 && entry.Field("step") is null && entry.Field("step_number") is null ? LogEventKind.OperationWarning : KindOfEventId[entry.EventId.Id];

    private static object? Zero(object? total) => total is 0 ? null : total;

    private static IEnumerable<string> Same(string what, object? logged, object? read)
    {
        var expected = Text(logged);
        var actual = Text(read);
        var equal = expected == actual
            || (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b);
        if (!equal)
        {
            yield return $"{what} read as {actual ?? "(none)"}, logged {expected ?? "(none)"}";
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using StepLog.Cli.Input;
using StepLog.Cli.Model;
using StepLog.Cli.Text;
using StepLog.Cli.Timeline;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog timeline FILE... -o trace.json [--html timeline.html]</c>: the operations and steps over time.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var files = InputArguments.Create();
        var trace = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the Chrome Trace Event JSON (open it in ui.perfetto.dev, chrome://tracing or speedscope); - for standard output. Standard output when neither -o nor --html is given.",
            HelpName = "trace.json",
        };
        var html = new Option<string?>("--html")
        {
            Description = "Also (or instead) write one self-contained HTML page with the timeline as a Gantt chart: failures in red, hover a bar for its line.",
            HelpName = "timeline.html",
        };

        var command = new Command("timeline", "Draw the operations and steps of StepLog logs over time: one span per operation and step, nested operations inside the step that called them, parallel operations on lanes of their own.\n" +
            "Times come from the lines' timestamps and durations; a log without timestamps is laid out from its durations alone, and says so.\n" +
            "Exit code: 0, or 2 when an input cannot be read or an output cannot be written.")
        {
            files, trace, html,
        };
        command.SetAction(parseResult => Run(parseResult, parseResult.GetRequiredValue(files), parseResult.GetValue(trace), parseResult.GetValue(html)));
        return command;
    }

    private static int Run(ParseResult parseResult, string[] arguments, string? tracePath, string? htmlPath)
    {
        const string ErrorPrefix = "steplog timeline: ";
        var error = parseResult.InvocationConfiguration.Error;
        var sources = InputArguments.Expand(arguments, error, ErrorPrefix);
        if (sources is null)
        {
            return ExitCodes.Error;
        }

        var builder = new TimelineBuilder();
        var issues = new IssueCollector();
        var pipeline = new LogPipeline();
        if (!pipeline.TryRun(sources, keepTree: true, error, ErrorPrefix, builder, issues))
        {
            return ExitCodes.Error;
        }

        var layout = TimelineLayout.Of(builder.Build(), builder.Origin);
        var toStandardOutput = tracePath == "-" || (tracePath is null && htmlPath is null);
        try
        {
            if (toStandardOutput)
            {
                using var buffer = new MemoryStream();
                ChromeTraceWriter.Write(layout, buffer);
                parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else if (tracePath is not null)
            {
                using var file = File.Create(tracePath);
                ChromeTraceWriter.Write(layout, file);
            }

            if (htmlPath is not null)
            {
                using var page = new StreamWriter(htmlPath, append: false, new System.Text.UTF8Encoding(false));
                HtmlTimelineWriter.Write(layout, "StepLog timeline: " + string.Join(", ", arguments), page);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ErrorPrefix + "cannot write the output: " + SafeText.Clean(failure.Message));
            return ExitCodes.Error;
        }

        // What the user should know about the input goes to standard error, so that a trace on standard output stays clean.
        foreach (var file in issues.Files)
        {
            error.WriteLine(IssuesByFile.Describe(file));
        }

        if (issues.Count > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{issues.Count} line(s) placed by a guess: interleaved lines without an operation id; {IssuesByFile.Advice}."));
        }

        var spans = layout.AllSpans.ToList();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{spans.Count(span => span.Kind == SpanKind.Operation)} operation(s), {spans.Count(span => span.Kind == SpanKind.Step)} step(s) on {layout.Files.Sum(file => file.Lanes)} lane(s); {pipeline.Statistics.SkippedLines} line(s) skipped");
        var written = new[] { toStandardOutput ? null : tracePath, htmlPath }.Where(path => path is not null).Select(path => "'" + SafeText.Clean(path) + "'");
        (toStandardOutput ? error : parseResult.InvocationConfiguration.Output).WriteLine(
            (written.Any() ? "Wrote " + string.Join(" and ", written) + ": " : "") + summary + (layout.Origin is null && spans.Count > 0 ? "; times estimated from durations (no timestamps in the log)." : "."));
        return ExitCodes.Ok;
    }

    private sealed class IssueCollector : IOperationObserver
    {
        private readonly IssuesByFile _issues = new();

        public long Count => _issues.Count;

        public System.Collections.Generic.IReadOnlyList<FileIssues> Files => _issues.Files;

        void IOperationObserver.IssueFound(CorrelationIssue issue) => _issues.Add(issue);
    }
}

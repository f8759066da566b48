using System.IO.Compression;
using System.Text;
using StepLog.Cli.Input;
using StepLog.Cli.Model;
using StepLog.Cli.Report;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Input;

/// <summary>
/// Several files are read at once, by no more readers than the reading has threads, and that changes nothing the tool
/// says: the same events in the same order, the same report, the same error for a file that cannot be read; a file
/// that fails mid-way stops and closes the files read beside it.
/// </summary>
public sealed class ParallelFileReadingTests : IDisposable
{
    private const int OperationsPerFile = 700;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Several_files_are_read_at_once_by_no_more_readers_than_the_reading_has_threads()
    {
        var files = Enumerable.Range(0, 6).Select(i => Write($"part{i}.log", Operations(i))).ToList();
        var streams = new OpenStreams(firstWaitsForAnother: true);

        var events = new LogReader(workers: 2, open: streams.Open).Read(files.Select(InputSource.File)).ToList();

        Assert.Equal(2, streams.MostOpenAtOnce);
        // Two readers take their files in order, but which of them opens its file first is the scheduler's choice.
        Assert.Equal(files.Order(StringComparer.Ordinal), streams.Opened.Order(StringComparer.Ordinal));
        Assert.True(streams.AllClosed);
        Assert.Equal(new LogReader(workers: 1).Read(files.Select(InputSource.File)).Select(Where), events.Select(Where));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Files_read_at_once_give_the_events_and_the_report_one_thread_gives_in_the_same_order(int workers)
    {
        var sources = MixedFiles().Select(InputSource.File).ToList();

        var oneThread = new LogReader(workers: 1);
        var expected = oneThread.Read(sources).Select(Where).ToList();
        var reader = new LogReader(workers: workers);
        var events = reader.Read(sources).Select(Where).ToList();

        Assert.Contains(expected, e => e.Contains("json.log", StringComparison.Ordinal) && e.Contains("OperationComplete", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.Contains("zipped.log.gz", StringComparison.Ordinal));
        Assert.Equal(expected, events);
        Assert.Equal(Counts(oneThread.Statistics), Counts(reader.Statistics));
        Assert.Equal(oneThread.Statistics.Problems, reader.Statistics.Problems);
        Assert.Equal(ReportText(sources, workers: 1), ReportText(sources, workers));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void An_unreadable_file_among_several_stops_the_reading_after_the_files_before_it_with_the_error_naming_it(int workers)
    {
        var first = Write("a.log", Operations(0));
        var gone = _folder.File("gone.log");
        var last = Write("c.log", Operations(2));
        var streams = new OpenStreams();
        var events = new List<string>();

        var error = Assert.Throws<IOException>(() => Collect(new LogReader(workers: workers, open: streams.Open), [first, gone, last], events));

        Assert.StartsWith($"cannot read '{gone}': Could not find file", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LogReader(workers: 1).Read([InputSource.File(first)]).Select(Where), events);
        Assert.True(streams.AllClosed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void A_file_that_fails_mid_way_is_named_and_stops_and_closes_the_files_read_beside_it(int workers)
    {
        var first = Write("a.log", Operations(0));
        var failing = _folder.File("b.log");
        var content = Encoding.UTF8.GetBytes(Operations(1));
        var streams = new OpenStreams();
        streams.FailAfter(failing, content, "the disk went away");
        var endless = new[] { _folder.File("c.log"), _folder.File("d.log"), _folder.File("e.log") };
        foreach (var path in endless)
        {
            streams.Endless(path, "2026-12-05 10:00:00.000 [INFO] ▶️  [1/3] Step 1");
        }

        var events = new List<string>();
        var error = Assert.Throws<IOException>(() => Collect(new LogReader(workers: workers, open: streams.Open), [first, failing, .. endless], events));

        Assert.Equal($"cannot read '{failing}': the disk went away", error.Message);
        var before = Write("before.log", Operations(1));
        Assert.Equal(
            new LogReader(workers: 1).Read([InputSource.File(first)]).Select(Where)
                .Concat(new LogReader(workers: 1).Read([InputSource.File(before)]).Select(e => Where(e).Replace(before, failing, StringComparison.Ordinal))),
            events);
        Assert.True(streams.AllClosed);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void A_reading_stopped_early_stops_and_closes_every_file_read_beside_it(int workers)
    {
        var streams = new OpenStreams(firstWaitsForAnother: true);
        var endless = Enumerable.Range(0, 4).Select(i => _folder.File($"endless{i}.log")).ToList();
        foreach (var path in endless)
        {
            streams.Endless(path, "2026-12-05 10:00:00.000 [INFO] 🚀 START: Sync");
        }

        var events = new LogReader(workers: workers, open: streams.Open).Read(endless.Select(InputSource.File)).Take(10).Count();

        Assert.Equal(10, events);
        Assert.Equal(Math.Min(workers, endless.Count), streams.MostOpenAtOnce);
        Assert.True(streams.AllClosed);
    }

    [Fact]
    public void Standard_input_among_files_is_opened_only_when_its_turn_comes()
    {
        var first = Write("a.log", Operations(0));
        var last = Write("b.log", Operations(1));
        var streams = new OpenStreams(firstWaitsForAnother: true);
        streams.Content(InputSource.StandardInputName, Encoding.UTF8.GetBytes(Operations(2)));

        var events = new LogReader(workers: 3, open: streams.Open).Read([InputSource.File(first), InputSource.StandardInput(), InputSource.File(last)]).Count();

        Assert.Equal(2, streams.MostOpenAtOnce);
        Assert.DoesNotContain(first, streams.OpenWhenOpened(InputSource.StandardInputName));
        Assert.Equal(3 * new LogReader(workers: 1).Read([InputSource.File(first)]).Count(), events);
    }

    // Files of every kind the reading meets: rolled files that continue an operation, a file of its own, a gzip file,
    // JSON lines, broken lines, and an empty file.
    private List<string> MixedFiles()
    {
        var whole = Operations(0) + Operations(1);
        var cut = whole.IndexOf("[2/3]", whole.Length / 2, StringComparison.Ordinal);
        var cutAt = whole.LastIndexOf('\n', cut) + 1;
        var files = new List<string>
        {
            Write("app.log", whole[..cutAt]),
            Write("app_001.log", whole[cutAt..]),
            Write("empty.log", ""),
            Write("other.log", Operations(2)),
            Write("zipped.log.gz", Operations(3)),
            Write("json.log", string.Concat(Enumerable.Range(0, OperationsPerFile).Select(JsonOperation))),
            Write("tail.log", Operations(4)[..^40]),
        };
        return files;
    }

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var file = File.Create(path);
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            zip.Write(Encoding.UTF8.GetBytes(text));
        }
        else
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    private static void Collect(LogReader reader, IEnumerable<string> paths, List<string> events)
    {
        foreach (var logEvent in reader.Read(paths.Select(InputSource.File)))
        {
            events.Add(Where(logEvent));
        }
    }

    private static string ReportText(IEnumerable<InputSource> sources, int workers)
    {
        var output = new StringWriter();
        ReportTextWriter.Write(ReportRun.Run(sources, slowMs: 500, new LogReader(workers: workers)), output);
        return output.ToString();
    }

    private static string Where(LogEvent logEvent) => $"{logEvent.File}:{logEvent.Line} {logEvent.Kind} {logEvent.Operation} {logEvent.Step}";

    private static string Counts(ReadStatistics s) => $"{s.Files} {s.Bytes} {s.Lines} {s.Events} {s.OtherLines} {s.InvalidLines} {s.TooLongLines} {s.BinaryLines}";

    // The file's operations: every tenth fails, every seventh has a slow step, and now and then a binary line and a
    // broken JSON line, so that every way of skipping a line is met.
    private static string Operations(int file) =>
        string.Concat(Enumerable.Range(file * OperationsPerFile, OperationsPerFile).Select(ServiceLog.Operation));

    private static string JsonOperation(int i) =>
        $$$"""{"EventId":1,"LogLevel":"Information","Category":"Jobs","Message":"🚀 START: Import","State":{"operation":"Import","operation_id":"op{{{i}}}"}}""" + "\n"
        + $$$"""{"EventId":2,"LogLevel":"Information","Category":"Jobs","Message":"▶️  [1/1] Load","State":{"operation":"Import","operation_id":"op{{{i}}}","step":"Load","step_number":1,"total_steps":1}}""" + "\n"
        + $$$"""{"EventId":3,"LogLevel":"Information","Category":"Jobs","Message":"✅ [1/1] Load - SUCCESS","State":{"operation":"Import","operation_id":"op{{{i}}}","step":"Load","step_number":1,"total_steps":1,"duration_ms":1.5}}""" + "\n"
        + $$$"""{"EventId":7,"LogLevel":"Information","Category":"Jobs","Message":"🏁 COMPLETE: Import","State":{"operation":"Import","operation_id":"op{{{i}}}","total_duration_ms":2.0}}""" + "\n";
}

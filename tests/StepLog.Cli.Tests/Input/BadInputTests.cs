using System.IO.Compression;
using System.Text;
using StepLog.Cli.Input;
using StepLog.Cli.Model;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Input;

/// <summary>Inputs that are not clean logs: nothing crashes, every skipped line is counted, StepLog's lines around them still count.</summary>
public class BadInputTests
{
    private const string Good = "[INFO] 🚀 START: Sync\n[INFO] ▶️  [1/1] Fetch\n[INFO] ✅ [1/1] Fetch - SUCCESS (duration_ms=1.0)\n[INFO] 🏁 COMPLETE: Sync (total_duration_ms=2.0)\n";

    private static Collected ReadBytes(params byte[][] parts)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("steplog-cli-bad-").FullName, "bad.log");
        File.WriteAllBytes(path, parts.SelectMany(p => p).ToArray());
        return Collected.Read(path);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Binary_garbage_is_counted_and_the_log_around_it_is_read()
    {
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);
        garbage[10] = 0;

        var log = ReadBytes(Utf8(Good), garbage, Utf8("\n" + Good));

        Assert.Equal(2, log.Operations.Count(o => o.Outcome == OperationOutcome.Succeeded));
        Assert.True(log.Statistics.BinaryLines >= 1);
        Assert.Contains(log.Statistics.Problems, p => p.Contains("binary"));
        Assert.Equal(log.Statistics.Lines, log.Statistics.Events + log.Statistics.SkippedLines);
    }

    [Fact]
    public void A_truncated_last_line_is_still_read()
    {
        var log = ReadBytes(Utf8("[INFO] 🚀 START: Sync\n[INFO] ▶️  [1/1] Fetch\n[INFO] ✅ [1/1] Fetch - SUCC"));

        var sync = Assert.Single(log.Operations);
        Assert.Equal(IncompleteReason.CutOff, sync.IncompleteReason);
        Assert.Equal(3, log.Statistics.Lines);
        Assert.Equal(1, log.Statistics.OtherLines);
    }

    [Fact]
    public void A_ten_megabyte_line_is_skipped_as_other_logging_and_longer_ones_are_not_held_in_memory()
    {
        var tenMegabytes = Utf8(new string('x', 10 * 1024 * 1024) + "\n");
        var tooLong = Utf8("[INFO] " + new string('y', LineReader.MaxLineBytes + 10) + "\n");

        var log = ReadBytes(Utf8(Good), tenMegabytes, tooLong, Utf8(Good));

        Assert.Equal(2, log.Operations.Count);
        Assert.Equal(1, log.Statistics.OtherLines);
        Assert.Equal(1, log.Statistics.TooLongLines);
        Assert.Equal(10, log.Statistics.Lines);
        Assert.Equal(10, log.Events.Last().Line);
    }

    [Fact]
    public void Invalid_UTF8_becomes_replacement_characters_and_the_line_still_counts()
    {
        var log = ReadBytes(Utf8("[INFO] 🚀 START: Sync (file="), [0xC3, 0x28, 0xFF], Utf8(")\n[INFO] 🏁 COMPLETE: Sync\n"));

        var sync = Assert.Single(log.Operations);
        Assert.Equal(OperationOutcome.Succeeded, sync.Outcome);
        Assert.Contains('\uFFFD', sync.Start!.Value("file")!);
    }

    [Fact]
    public void A_JSON_entry_with_a_field_of_the_wrong_type_is_counted_as_invalid_and_named()
    {
        var log = ReadBytes(Utf8(
            """
            {"EventId":1,"LogLevel":"Information","State":{"operation":"Sync","depth":0}}
            {"EventId":3,"LogLevel":"Information","State":{"operation":"Sync","step":"Fetch","step_number":{"no":1},"depth":0}}
            {"EventId":7,"LogLevel":"Information","State":{"operation":"Sync","depth":0,"total_duration_ms":2.5}}
            {"EventId":7,"State":{"operation":"Sync","dep
            [1, 2, 3]

            """));

        Assert.Equal(OperationOutcome.Succeeded, Assert.Single(log.Operations).Outcome);
        Assert.Equal(2, log.Statistics.InvalidLines);
        Assert.Contains(log.Statistics.Problems, p => p.Contains("bad.log:2:") && p.Contains("'step_number'"));
        Assert.Contains(log.Statistics.Problems, p => p.Contains("bad.log:4:") && p.Contains("not valid JSON"));
    }

    [Fact]
    public void ANSI_escapes_in_values_arrive_escaped_and_raw_ones_are_made_visible_for_printing()
    {
        var log = Collected.Read(RealLogs.Of("json"));

        // StepLog hands structured sinks the text its line shows: the escape arrives as visible text, and stays so.
        var label = log.Operation("Tricky Values").Start!.Value("label")!;
        Assert.DoesNotContain('\u001b', label);
        Assert.Equal("\\u001b[31mred\\u001b[0m", label);
        Assert.Equal(label, Text.SafeText.Clean(label));

        // What another writer leaves raw is made visible before it is printed.
        Assert.Equal("\\u001b[31mred\\u001b[0m", Text.SafeText.Clean("\u001b[31mred\u001b[0m"));
        Assert.Equal("a\\nb\\u009bc\\u202e", Text.SafeText.Clean("a\nb\u009bc\u202e"));
    }

    [Fact]
    public void A_gzip_file_is_read_as_its_content()
    {
        var plain = RealLogs.Of("steplog");
        var zipped = Path.Combine(Directory.CreateTempSubdirectory("steplog-cli-gz-").FullName, "story.log.gz");
        using (var output = File.Create(zipped))
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(plain));
        }

        Assert.Equal(Collected.Read(plain).Events.Count, Collected.Read(zipped).Events.Count);
    }

    [Fact]
    public void A_missing_file_or_an_empty_pattern_is_named()
    {
        InputPaths.Expand(["no-such-file.log"], out var missing);
        InputPaths.Expand([Path.Combine(Path.GetTempPath(), "no-such-folder-*", "*.log")], out var pattern);

        Assert.Equal("file not found: 'no-such-file.log'", missing);
        Assert.StartsWith("no file matches", pattern);
    }

    [Fact]
    public void Patterns_folders_and_standard_input_expand_in_order()
    {
        var folder = Directory.CreateTempSubdirectory("steplog-cli-glob-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "old"));
        foreach (var name in new[] { "app_001.log", "app.log", "notes.txt", Path.Combine("old", "app.log") })
        {
            File.WriteAllText(Path.Combine(folder, name), Good);
        }

        var flat = InputPaths.Expand([Path.Combine(folder, "*.log")], out _).Select(s => Path.GetRelativePath(folder, s.Path!));
        var deep = InputPaths.Expand([Path.Combine(folder, "**", "app.log")], out _).Select(s => Path.GetRelativePath(folder, s.Path!));
        var all = InputPaths.Expand([folder, "-"], out var error);

        Assert.Equal(["app.log", "app_001.log"], flat);
        Assert.Equal(["app.log", Path.Combine("old", "app.log")], deep);
        Assert.Null(error);
        Assert.Equal(4, all.Count);
        Assert.Null(all[^1].Path);
    }

    [Fact]
    public void Gzip_on_standard_input_is_read_as_its_content()
    {
        var plain = File.ReadAllBytes(RealLogs.Of("steplog"));
        var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        // As a pipe gives it: no seeking back, and the first read returns a single byte.
        var bytes = zipped.ToArray();
        var reader = new LogReader(() => new ReplayedStream(bytes.AsMemory(0, 1), new MemoryStream(bytes, 1, bytes.Length - 1)));
        var events = reader.Read([InputSource.StandardInput()]).ToList();

        Assert.Equal(new LogReader(() => new MemoryStream(plain)).Read([InputSource.StandardInput()]).Count(), events.Count);
        Assert.NotEmpty(events);
        Assert.Equal(plain.Length, reader.Statistics.Bytes);
    }

    [Fact]
    public void Standard_input_of_one_byte_is_read_as_it_is()
    {
        var reader = new LogReader(() => new ReplayedStream(ReadOnlyMemory<byte>.Empty, new MemoryStream([(byte)'x'])));

        var events = reader.Read([InputSource.StandardInput()]).ToList();

        Assert.Empty(events);
        Assert.Equal(1, reader.Statistics.Bytes);
    }

    [Fact]
    public void Standard_input_is_read_like_a_file()
    {
        var reader = new LogReader(() => new MemoryStream(Utf8(Good)));

        var events = reader.Read([InputSource.StandardInput()]).ToList();

        Assert.Equal(4, events.Count);
        Assert.All(events, e => Assert.Equal("-", e.File));
    }
}

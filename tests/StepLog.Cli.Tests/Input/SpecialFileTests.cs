using System.Diagnostics;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Input;

/// <summary>
/// Folders and patterns hold more than regular files: a FIFO in them would block the reader forever on open. The
/// timeouts here detect a hang; they assert no speed.
/// </summary>
public class SpecialFileTests
{
    private const string Log = "🚀 START: Sync\n▶️  [1/1] Load\n✅ [1/1] Load - SUCCESS (duration_ms=1.0)\n🏁 COMPLETE: Sync\n";

    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("")]
    [InlineData("*.log")]
    [InlineData("**/*.log")]
    public async Task A_FIFO_in_a_folder_or_a_pattern_is_passed_over_and_the_files_beside_it_are_read(string pattern)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("app.log"), Log);
        var fifo = MakeFifo(folder.File("pipe.log"));

        var run = Task.Run(() => Tool.Run("report", Path.Combine(folder.Path, pattern)));
        try
        {
            var (exit, output, error) = await run.WaitAsync(Hang);

            Assert.Equal("", error);
            Assert.Equal(0, exit);
            Assert.Contains("Operations: 1 total, 1 succeeded, 0 failed, 0 incomplete", output);
        }
        finally
        {
            Unblock(run, fifo);
        }
    }

    [Fact]
    public async Task A_FIFO_named_on_the_command_line_is_read_as_cat_would()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder.File("pipe.log"));

        var run = Task.Run(() => Tool.Run("report", fifo));
        var write = Task.Run(() => File.WriteAllText(fifo, Log));
        var (exit, output, error) = await run.WaitAsync(Hang);
        await write.WaitAsync(Hang);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("Operations: 1 total, 1 succeeded, 0 failed, 0 incomplete", output);
    }

    [Fact]
    public async Task A_FIFO_among_the_progress_files_of_a_watched_folder_is_passed_over()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder.File("pipe.json"));

        var run = Task.Run(() => CliRun.RunAsync("watch", "--once", folder.Path));
        try
        {
            var watched = await run.WaitAsync(Hang);

            Assert.True(watched.ExitCode == 0, watched.ToString());
            Assert.Equal("No progress files in '" + folder.Path + "'.", watched.Lines[^1]);
        }
        finally
        {
            Unblock(run, fifo);
        }
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    // A reader still blocked on the FIFO's open is let go by a writer that opens and closes it, so that a failed test
    // leaves no thread hanging.
    private static void Unblock(Task run, string fifo)
    {
        if (!run.IsCompleted)
        {
            _ = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose());
        }
    }
}

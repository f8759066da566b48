using Spectre.Console;
using StepLog.Cli.Tests.Support;
using StepLog.Cli.Watching;

namespace StepLog.Cli.Tests.Watch;

public class LiveProgressViewTests
{
    [Fact]
    public async Task Draws_a_bar_per_batch_with_the_batch_own_figures_on_a_terminal()
    {
        using var folder = new TempFolder();
        await RuntimeBatch.RunAsync("Lead Classification", folder.File("leads.json"), 4, (_, _) => ValueTask.CompletedTask);
        File.WriteAllText(folder.File("broken.json"), "{");
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        var watcher = new ProgressWatcher(new ProgressSources([folder.Path]), TimeSpan.FromMilliseconds(5));

        var exitCode = await LiveProgressView.RunAsync(console, view => watcher.WatchAsync(view, once: false, CancellationToken.None));

        var text = screen.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("\u001b[", text); // a terminal gets colours and cursor movement
        Assert.Contains("Lead Classification", text);
        Assert.Contains("4/4 (100.0%)", text);
        Assert.Contains("completed", text);
        Assert.Contains("unreadable: not valid JSON", text);
    }

    [Fact]
    public async Task Waits_on_an_empty_folder_then_follows_the_batch_that_appears()
    {
        using var folder = new TempFolder();
        var screen = new StringWriter();
        var watcher = new ProgressWatcher(new ProgressSources([folder.Path]), TimeSpan.FromMilliseconds(5));

        var watch = LiveProgressView.RunAsync(Terminal(screen), view => watcher.WatchAsync(view, once: false, CancellationToken.None));
        await Task.Delay(50);
        await RuntimeBatch.RunAsync("Late Batch", folder.File("late.json"), 3, async (_, token) => await Task.Delay(10, token));
        var exitCode = await watch;

        var text = screen.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Waiting for progress files", text); // the path is cut to the width of the screen
        Assert.Contains("Progress files found", text);
        Assert.Contains("Late Batch", text);
        Assert.Contains("3/3 (100.0%)", text);
    }

    private static IAnsiConsole Terminal(StringWriter screen) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.TrueColor,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(screen),
    });
}

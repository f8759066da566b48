using Spectre.Console;
using StepLog.Cli.Input;
using StepLog.Cli.Report;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Report;

/// <summary>The terminal form: Spectre's own colour codes, never a sequence that came from the log.</summary>
public class ReportTableWriterTests
{
    [Fact]
    public void Escape_sequences_from_the_log_are_shown_escaped_in_the_tables()
    {
        var path = Tool.File(
            """
            {"EventId":1,"State":{"operation":"Sync\u001b[8m","depth":0}}
            {"EventId":4,"State":{"operation":"Sync\u001b[8m","step":"Wipe [red]markup[/]","step_number":1,"total_steps":1,"depth":0,"error":"\u001b[2J\u001b]0;pwned\u0007 boom","duration_ms":1500.0}}
            {"EventId":7,"State":{"operation":"Sync\u001b[8m","depth":0}}

            """);
        var report = ReportRun.Run([InputSource.File(path)], slowMs: 1000);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        ReportTableWriter.Write(report, console);

        var text = output.ToString();
        Assert.Contains("\u001b[", text, StringComparison.Ordinal); // Spectre's colours: this is the terminal form
        Assert.Contains(@"\u001b[2J\u001b]0;pwned\u0007 boom", text);
        Assert.Contains(@"Sync\u001b[8m", text);
        Assert.Contains("[red]markup[/]", text);
        Assert.DoesNotContain("\u001b[2J", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[8m", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', text);
    }
}

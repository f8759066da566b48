using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Spectre.Console;
using StepLog.Cli.Output;
using StepLog.Cli.Report;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog report FILE...</c>: operations, failures, incomplete operations and slow steps.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var files = InputArguments.Create();
        var format = FormatOption.Create<ReportFormat>("text (tables on a terminal, plain text in a pipe or file), json (the stable shape in docs/cli.md) or csv (one row per finding);");
        var slow = TimeOptions.Duration("--slow", "A step run this long or longer is slow: 500ms, 1s, 2.5s, 1m; 1s unless given.");
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit with code 1 when the log has failed steps or operations, incomplete operations, slow steps, or any of them. Repeat or separate with commas.",
            // One value per occurrence: several per token would swallow the files after it (--fail-on failed app.log).
            AllowMultipleArgumentsPerToken = false,
            HelpName = "failed|incomplete|slow|any",
        };

        var command = new Command("report", "Reports operations (total, succeeded, failed, incomplete), every failure with its error and line, every incomplete operation with its last step, and slow steps with count, p50, p95 and max.")
        {
            files, format, slow, failOn,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files), parse.GetValue(format), (parse.GetValue(slow) ?? TimeSpan.FromSeconds(1)).TotalMilliseconds, parse.GetValue(failOn) ?? [],
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string[]? files, ReportFormat format, double slowMs, string[] failOn, TextWriter output, TextWriter error)
    {
        if (!FailOn.TryParse(failOn, out var conditions, out var badCondition))
        {
            error.WriteLine($"steplog: --fail-on '{Text.SafeText.Clean(badCondition)}' is not one of failed, incomplete, slow, any");
            return ExitCodes.Error;
        }

        var sources = InputArguments.Expand(files, error);
        if (sources is null)
        {
            return ExitCodes.Error;
        }

        ReportResult report;
        try
        {
            report = ReportRun.Run(sources, slowMs);
        }
        catch (IOException problem)
        {
            error.WriteLine("steplog: " + Text.SafeText.Clean(problem.Message));
            return ExitCodes.Error;
        }

        switch (format)
        {
            case ReportFormat.Json:
                using (var buffer = new MemoryStream())
                {
                    ReportJsonWriter.Write(report, buffer);
                    output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }

                break;
            case ReportFormat.Csv:
                ReportCsvWriter.Write(report, output);
                break;
            default:
                if (Terminal.IsTerminal(output))
                {
                    ReportTableWriter.Write(report, AnsiConsole.Console);
                }
                else
                {
                    ReportTextWriter.Write(report, output);
                }

                break;
        }

        output.Flush();
        return FailOn.Found(conditions, report) ? ExitCodes.Found : ExitCodes.Ok;
    }
}

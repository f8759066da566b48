using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>
/// <c>steplog dashboard</c> as a process of its own stops, exit code 0, on Ctrl+C (SIGINT) and on SIGTERM (what a
/// service manager or a container sends): the served host must not take the signal for itself and leave the command
/// waiting. The tool runs from its own build output, as users run it. The test waits for the URL line, never for time.
/// </summary>
public sealed class DashboardSignalTests : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_signal_stops_the_command_with_exit_code_0(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var steps = SeededSteps.Write(_folder.File("steps.db"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var tool = typeof(DashboardSignalTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Tool").Value!;
        foreach (var argument in new[] { tool, "dashboard", "--store", steps })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var lines = new BlockingCollection<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) { lines.Add(text); } };
        var errors = process.StandardError.ReadToEndAsync();
        process.BeginOutputReadLine();
        try
        {
            Assert.True(lines.TryTake(out var first, Patience), "steplog dashboard printed nothing");
            Assert.Contains("(Ctrl+C stops it)", first);

            Assert.Equal(0, Kill(process.Id, signal));

            Assert.True(process.WaitForExit(Patience), $"steplog dashboard still runs {Patience.TotalSeconds} s after signal {signal}");
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await errors}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    public void Dispose() => _folder.Dispose();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

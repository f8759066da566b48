using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>
/// <c>steplog dashboard</c> as a process of its own, run from the tool's own build output as users run it: for what only
/// a process shows (signals, its environment). Killed on disposal if it still runs.
/// </summary>
internal sealed class DashboardProcess : IDisposable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly Task<string> _errors;

    private DashboardProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                _lines.Add(text);
            }
        };
        _errors = _process.StandardError.ReadToEndAsync();
        _process.BeginOutputReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Starts <c>steplog dashboard</c> with <paramref name="args"/>; <paramref name="environment"/> changes its environment.</summary>
    public static DashboardProcess Start(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var tool = typeof(DashboardProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Tool").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { tool, "dashboard" }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new DashboardProcess(Process.Start(start)!);
    }

    /// <summary>The first line it prints, the one with the URL.</summary>
    public string FirstLine() => _lines.TryTake(out var line, Patience) ? line : throw new TimeoutException($"steplog dashboard printed nothing in {Patience.TotalSeconds} s.");

    public void Signal(int signal) => Assert.Equal(0, Kill(_process.Id, signal));

    /// <summary>Waits for it to end; its exit code and standard error.</summary>
    public async Task<(int ExitCode, string Error)> ExitAsync()
    {
        Assert.True(_process.WaitForExit(Patience), $"steplog dashboard still runs after {Patience.TotalSeconds} s");
        return (_process.ExitCode, await _errors);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _lines.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

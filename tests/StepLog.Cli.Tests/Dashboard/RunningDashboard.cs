using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>
/// <c>steplog dashboard</c> run as Main runs it, in this process, until the test stops it as Ctrl+C does (by cancelling
/// the command's token); its output and error captured.
/// </summary>
internal sealed class RunningDashboard : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _sharedOutput;
    private readonly TextWriter _sharedError;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;

    private RunningDashboard(string[] args)
    {
        _sharedOutput = TextWriter.Synchronized(_output);
        _sharedError = TextWriter.Synchronized(_error);
        _run = Task.Run(() => Program.RunAsync(args, new InvocationConfiguration { Output = _sharedOutput, Error = _sharedError }, _stop.Token));
    }

    public string Output
    {
        get
        {
            lock (_sharedOutput)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_sharedError)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Runs <c>steplog dashboard</c> with <paramref name="args"/> and returns once it printed its URL, or once it ended.</summary>
    public static async Task<RunningDashboard> StartAsync(params string[] args)
    {
        var running = new RunningDashboard(["dashboard", .. args]);
        var waited = Stopwatch.StartNew();
        while (running.Url is null && !running._run.IsCompleted)
        {
            if (waited.Elapsed > StartTimeout)
            {
                await running.DisposeAsync();
                throw new TimeoutException($"steplog dashboard printed no URL within {StartTimeout.TotalSeconds} s: {running.Output} {running.Error}");
            }

            await Task.Delay(50);
        }

        return running;
    }

    /// <summary>The URL it printed, null until it did.</summary>
    public Uri? Url => Regex.Match(Output, @"(http://\S+/) \(Ctrl\+C stops it\)") is { Success: true } found ? new Uri(found.Groups[1].Value) : null;

    /// <summary>The exit code, once it ended by itself; null while it runs.</summary>
    public int? EndedWith => _run.IsCompleted ? _run.Result : null;

    /// <summary>Stops it as Ctrl+C does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    public override string ToString() => $"--- output ---\n{Output}--- error ---\n{Error}";
}

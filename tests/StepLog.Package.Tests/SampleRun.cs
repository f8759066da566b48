using System.Text.RegularExpressions;

namespace StepLog.Package.Tests;

/// <summary>Runs a built sample in a temporary working and temp folder of its own, so that its files never meet a user's.</summary>
internal sealed class SampleRun : IDisposable
{
    private SampleRun(string sample)
    {
        Sample = sample;
        Directory = System.IO.Directory.CreateTempSubdirectory("steplog-sample-").FullName;
    }

    public string Sample { get; }

    /// <summary>The working directory, also the sample's temp folder.</summary>
    public string Directory { get; }

    public static SampleRun Of(string sample) => new(sample);

    public CommandResult Run(params string[] arguments) =>
        DotNetCli.Run(Directory, SampleEnvironment(), [Assembly(), .. arguments]);

    /// <summary>Starts the sample and returns while it runs, for a test that talks to it (and then stops it, by disposing).</summary>
    public RunningSample Start(params string[] arguments) =>
        new(System.Diagnostics.Process.Start(DotNetCli.StartInfo(Directory, SampleEnvironment(), [Assembly(), .. arguments]))
            ?? throw new InvalidOperationException($"Could not start {Sample}."));

    /// <summary>As <see cref="Start"/>, with the sample's standard input open for the test to write to (<see cref="RunningSample.Input"/>).</summary>
    public RunningSample StartWithInput(params string[] arguments)
    {
        var start = DotNetCli.StartInfo(Directory, SampleEnvironment(), [Assembly(), .. arguments]);
        start.RedirectStandardInput = true;
        return new(System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Sample}."));
    }

    private string Assembly()
    {
        var assembly = Path.Combine(Repository.Root, "samples", Sample, "bin", Repository.BuildConfiguration, "net10.0", Sample + ".dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built.");
        return assembly;
    }

    // The samples' defaults, whatever the machine has set: their own temp folder, the Workflow's default markets.
    private Dictionary<string, string> SampleEnvironment() =>
        new() { ["TMPDIR"] = Directory, ["TMP"] = Directory, ["TEMP"] = Directory, ["MARKETS"] = string.Empty };

    /// <summary>Non-empty lines, with durations (which vary) replaced by #.</summary>
    public static string[] Lines(string output) =>
        output.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0)
            .Select(l => Regex.Replace(l, @"duration_ms=\d+\.\d", "duration_ms=#"))
            .ToArray();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is ending; the system's temp cleanup takes it later.
        }
    }
}

/// <summary>A sample that runs until disposed: its output lines as they come, and the process, killed on disposal.</summary>
internal sealed class RunningSample : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly System.Collections.Concurrent.BlockingCollection<string> _lines = [];
    private readonly System.Text.StringBuilder _error = new();

    public RunningSample(System.Diagnostics.Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.CompleteAdding();
            }
            else
            {
                _lines.Add(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The sample's standard input, when it was started with <see cref="SampleRun.StartWithInput"/>.</summary>
    public StreamWriter Input => _process.StandardInput;

    /// <summary>Every line of standard output read so far, in order.</summary>
    public List<string> Output { get; } = [];

    public string StandardError
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Reads output until a line satisfies <paramref name="match"/>; null if the sample ends or the time is up first.</summary>
    public string? WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            foreach (var line in _lines.GetConsumingEnumerable(cancel.Token))
            {
                Output.Add(line);
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Time is up.
        }

        return null;
    }

    /// <summary>Stops the sample as Ctrl-C does (SIGINT) and waits for it to end; its exit code.</summary>
    public int Interrupt(TimeSpan timeout)
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        WaitForLine(_ => false, timeout);
        _process.WaitForExit(timeout);
        return _process.HasExited ? _process.ExitCode : -1;
    }

    public string Describe() =>
        $"--- stdout ---{System.Environment.NewLine}{string.Join(System.Environment.NewLine, Output)}{System.Environment.NewLine}--- stderr ---{System.Environment.NewLine}{StandardError}";

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
            _lines.Dispose();
        }
    }
}

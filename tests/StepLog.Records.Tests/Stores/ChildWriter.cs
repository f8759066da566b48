using System.Diagnostics;
using System.Reflection;

namespace StepLog.Records.Tests.Stores;

/// <summary>The child writer program (tests/StepLog.Records.ChildWriter), run with <c>dotnet</c> as a process of its own.</summary>
internal sealed class ChildWriter : IDisposable
{
    private readonly Process _process;

    private ChildWriter(Process process) => _process = process;

    public static ChildWriter Start(string databaseFile, string subject, string count)
    {
        var program = typeof(ChildWriter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(meta => meta.Key == "ChildWriter").Value!;
        Assert.True(File.Exists(program), $"The child writer was not built at {program}.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { program, databaseFile, subject, count })
        {
            start.ArgumentList.Add(argument);
        }

        return new ChildWriter(Process.Start(start)!);
    }

    /// <summary>The child's next line of output; fails if it ended instead.</summary>
    public async Task<string> ReadLineAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null)
        {
            // Read only now: standard error ends only when the child does.
            Assert.Fail("The child writer ended early: " + await _process.StandardError.ReadToEndAsync());
        }

        return line;
    }

    /// <summary>SIGKILL: no handler, no finally, no flush runs in the child.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}

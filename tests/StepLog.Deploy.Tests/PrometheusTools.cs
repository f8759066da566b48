using System.Diagnostics;
using System.Text;

namespace StepLog.Deploy.Tests;

/// <summary>
/// Where prometheus and promtool are: the paths in STEPLOG_PROMETHEUS and STEPLOG_PROMTOOL (which .ci/prometheus.sh
/// exports), else the first on PATH. A test that needs one fails when it is missing, saying how to get it: in CI a
/// skipped alert test would be an alert nobody checked.
/// </summary>
internal static class PrometheusTools
{
    public static string Promtool => Find("promtool", "STEPLOG_PROMTOOL", Environment.GetEnvironmentVariable);

    public static string Prometheus => Find("prometheus", "STEPLOG_PROMETHEUS", Environment.GetEnvironmentVariable);

    public static string Find(string name, string variable, Func<string, string?> environment)
    {
        if (environment(variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{variable} names {configured}, which does not exist. Point it at the {name} binary, or unset it to use the one on PATH.");
        }

        var onPath = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            $"{name} was not found: set {variable} to its path, or install the Debian package prometheus (`.ci/prometheus.sh` does, as `.ci/run` runs it).");
    }

    /// <summary>Runs promtool and returns its exit code and output, both streams together as a reader wants them.</summary>
    public static (int ExitCode, string Output) RunPromtool(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Promtool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Promtool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"promtool {string.Join(' ', arguments)} did not finish within 2 minutes.");
        }

        process.WaitForExit();
        return (process.ExitCode, $"promtool {string.Join(' ', arguments)}{Environment.NewLine}{output.Result}{error.Result}");
    }
}

using System.Diagnostics;
using System.Text;

namespace StepLog.Package.Tests;

/// <summary>The output of one command.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() =>
        $"`{Command}` exited with {ExitCode}.{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}" +
        $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}

/// <summary>Runs the dotnet CLI the way a user's shell would: a clean environment, no build servers left behind.</summary>
internal static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    // Variables that the test host inherits from `dotnet test` and that would steer the child build or the app.
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "STEPLOG_", "LOG_LEVEL", "NUGET_PACKAGES"];

    public static CommandResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(workingDirectory, environment, Timeout, arguments);

    /// <summary>A command that is expected to take longer than one project's build, e.g. a solution of many projects.</summary>
    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), timeout, arguments);

    private static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string[] arguments) =>
        Run(HostPath(), workingDirectory, environment, timeout, arguments);

    /// <summary>
    /// Runs an installed .NET tool's own executable, as a user's shell does, on the dotnet that runs these tests
    /// (DOTNET_ROOT names it, as a tool installed with --tool-path needs).
    /// </summary>
    public static CommandResult RunTool(string executable, string workingDirectory, params string[] arguments)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(ResolveLink(HostPath())))!;
        return Run(executable, workingDirectory, new Dictionary<string, string> { ["DOTNET_ROOT"] = root }, Timeout, arguments);
    }

    private static string ResolveLink(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            // "dotnet" from PATH: the first one found.
            path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, path)).FirstOrDefault(File.Exists) ?? path;
        }

        return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }

    private static CommandResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string[] arguments)
    {
        var start = StartInfo(fileName, workingDirectory, environment, arguments);
        var command = (fileName == HostPath() ? "dotnet" : Path.GetFileName(fileName)) + " " + string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {timeout.TotalMinutes} minutes.");
        }

        process.WaitForExit();
        return new CommandResult(command, process.ExitCode, output.Result, error.Result);
    }

    /// <summary>How <see cref="Run(string, string[])"/> starts dotnet, for a caller that talks to the process while it runs.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments) =>
        StartInfo(HostPath(), workingDirectory, environment, arguments);

    private static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
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

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (InheritedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    // The dotnet that runs these tests, so that the child uses the same SDK; a PATH lookup otherwise.
    private static string HostPath()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}

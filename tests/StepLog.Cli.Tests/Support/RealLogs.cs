using System.Diagnostics;
using System.Reflection;

namespace StepLog.Cli.Tests.Support;

/// <summary>
/// Logs written by StepLog itself: the LogWriter process tells one story (see its Story.cs) through the real console
/// formatters and Serilog sinks. Each format is written once per test run and shared.
/// </summary>
internal static class RealLogs
{
    private static readonly Dictionary<string, Lazy<string>> Written = new(StringComparer.Ordinal);
    private static readonly string Folder = CreateFolder();

    /// <summary>The formats the LogWriter writes: the console ones go to its standard output, the Serilog ones to a file.</summary>
    public static readonly string[] Formats = ["steplog", "steplog-ascii", "steplog-timestamp", "json", "serilog-text", "clef"];

    /// <summary>
    /// The path of the forged story's log in <paramref name="format"/>: one operation that succeeds, among entries whose
    /// exception or message text holds StepLog lines (see the LogWriter's ForgedStory.cs).
    /// </summary>
    public static string Forged(string format) => Of("forged " + format);

    /// <summary>The path of the story's log in <paramref name="format"/>.</summary>
    public static string Of(string format)
    {
        Lazy<string> lazy;
        lock (Written)
        {
            if (!Written.TryGetValue(format, out lazy!))
            {
                lazy = new Lazy<string>(() => Write(format));
                Written[format] = lazy;
            }
        }

        return lazy.Value;
    }

    // One folder for the test run, removed when the test process exits.
    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("steplog-cli-logs-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere: the temp folder's own cleanup takes it later.
            }
        };
        return folder;
    }

    private static string Write(string format)
    {
        var writer = typeof(RealLogs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LogWriter").Value!;
        var path = Path.Combine(Folder, format.Replace(' ', '-') + ".log");
        var toFile = format.EndsWith("serilog-text", StringComparison.Ordinal) || format.EndsWith("clef", StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        foreach (var word in format.Split(' '))
        {
            start.ArgumentList.Add(word);
        }

        if (toFile)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"LogWriter {format} exited with {process.ExitCode}: {error.Result}");
        }

        if (!toFile)
        {
            File.WriteAllText(path, output.Result);
        }

        return path;
    }
}

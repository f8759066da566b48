using System.Text.Json;

namespace StepLog.Package.Tests;

/// <summary>
/// What <c>steplog report --format json</c> (the tool as this build made it) says of a log a sample wrote: the counts
/// and the failed steps, to compare with what the sample is known to do.
/// </summary>
internal sealed record SampleReport(long Total, long Succeeded, long Failed, long Incomplete, string[] FailedSteps, JsonElement Root)
{
    /// <summary>The operations as counted: total, succeeded, failed, incomplete.</summary>
    public (long, long, long, long) Operations => (Total, Succeeded, Failed, Incomplete);

    /// <summary>Reports on <paramref name="log"/>, a path relative to the sample's folder (patterns allowed).</summary>
    public static SampleReport Of(SampleRun sample, string log)
    {
        var steplog = Path.Combine(Repository.Root, "src", "StepLog.Cli", "bin", Repository.BuildConfiguration, "net8.0", "steplog.dll");
        Assert.True(File.Exists(steplog), $"{steplog} is not built.");
        var run = DotNetCli.Run(sample.Directory, steplog, "report", log, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Describe());
        var root = JsonDocument.Parse(run.StandardOutput).RootElement.Clone();
        var operations = root.GetProperty("operations");
        var failed = root.GetProperty("failed").EnumerateArray()
            .Select(f => f.GetProperty("step").GetString() is { } step
                ? $"{f.GetProperty("operation").GetString()} [{f.GetProperty("step_number")}] {step}"
                : $"{f.GetProperty("operation").GetString()}: {f.GetProperty("error").GetString()}")
            .ToArray();
        return new SampleReport(
            operations.GetProperty("total").GetInt64(), operations.GetProperty("succeeded").GetInt64(),
            operations.GetProperty("failed").GetInt64(), operations.GetProperty("incomplete").GetInt64(), failed, root);
    }

    /// <summary>Writes a sample's console output to a file in its folder, for the tool to read as a user's redirect would.</summary>
    public static SampleReport OfConsole(SampleRun sample, string output)
    {
        File.WriteAllText(Path.Combine(sample.Directory, "console.log"), output);
        return Of(sample, "console.log");
    }
}

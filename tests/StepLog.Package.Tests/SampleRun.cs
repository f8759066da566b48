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

    public CommandResult Run(params string[] arguments)
    {
        var assembly = Path.Combine(Repository.Root, "samples", Sample, "bin", Repository.BuildConfiguration, "net10.0", Sample + ".dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built.");
        // The samples' defaults, whatever the machine has set: their own temp folder, the Workflow's default markets.
        var environment = new Dictionary<string, string> { ["TMPDIR"] = Directory, ["TMP"] = Directory, ["TEMP"] = Directory, ["MARKETS"] = string.Empty };
        return DotNetCli.Run(Directory, environment, [assembly, .. arguments]);
    }

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

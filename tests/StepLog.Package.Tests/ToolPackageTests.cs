using System.Text.Json;

namespace StepLog.Package.Tests;

/// <summary>The steplog tool as a new user meets it: installed from its package, run on a log a sample wrote.</summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class ToolPackageTests(PackedPackage package)
{
    [Fact]
    public void The_installed_tool_reports_on_the_rolled_session_logs_the_Workflow_sample_wrote()
    {
        using var sample = SampleRun.Of("StepLog.Samples.Workflow");
        // Small files: the session rolls over twice, in the middle of the streaming operation.
        var run = sample.Run("--events", "400", "--rotate-at", "20000");
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(3, Directory.GetFiles(Path.Combine(sample.Directory, "logs"), "SESSION_*.log").Length);

        var steplog = Install();
        var json = DotNetCli.RunTool(steplog, sample.Directory, "report", Path.Combine("logs", "SESSION_*.log"), "--format", "json", "--fail-on", "any");
        var text = DotNetCli.RunTool(steplog, sample.Directory, "report", Path.Combine("logs", "*.log"));
        var missing = DotNetCli.RunTool(steplog, sample.Directory, "report", "no-such.log");

        Assert.True(json.ExitCode == 0, json.Describe());
        var report = JsonDocument.Parse(json.StandardOutput).RootElement;
        var operations = report.GetProperty("operations");
        Assert.Equal(2, operations.GetProperty("total").GetInt32());
        Assert.Equal(2, operations.GetProperty("succeeded").GetInt32());
        Assert.Empty(report.GetProperty("failed").EnumerateArray());
        Assert.Empty(report.GetProperty("incomplete").EnumerateArray());
        // The Debug lines of the session file (one per event and more) are not StepLog's: skipped and counted.
        Assert.True(report.GetProperty("skipped_lines").GetInt32() >= 396, json.StandardOutput);

        Assert.True(text.ExitCode == 0, text.Describe());
        Assert.StartsWith("Operations: 2 total, 2 succeeded, 0 failed, 0 incomplete", text.StandardOutput);
        Assert.DoesNotContain('\u001b', text.StandardOutput);

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("steplog: file not found: 'no-such.log'", missing.StandardError.Trim());
    }

    [Fact]
    public void The_tool_package_page_shows_the_steplog_command_page()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.ToolPackagePath);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var nuspecStream = nuspec.Open();
        var metadata = System.Xml.Linq.XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var readme = zip.GetEntry("README.md");

        Assert.Equal("README.md", metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "readme")?.Value);
        Assert.NotNull(readme);
        using var text = new StreamReader(readme.Open());
        Assert.StartsWith("# The `steplog` command", text.ReadToEnd(), StringComparison.Ordinal);
    }

    // dotnet tool install into a tool path of this run, from the local feed alone.
    private string Install()
    {
        var home = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "tool-user")).FullName;
        var config = Path.Combine(home, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="steplog-local" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        var toolPath = Path.Combine(home, "tools");
        var install = DotNetCli.Run(home, "tool", "install", "--tool-path", toolPath, "--configfile", config, "StepLog.Cli", "--version", package.ToolVersion);
        Assert.True(install.ExitCode == 0, install.Describe());
        var steplog = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "steplog.exe" : "steplog");
        Assert.True(File.Exists(steplog), install.Describe());
        return steplog;
    }
}

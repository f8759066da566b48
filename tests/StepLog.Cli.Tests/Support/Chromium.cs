using System.Diagnostics;
using System.Reflection;

namespace StepLog.Cli.Tests.Support;

/// <summary>
/// Headless Chromium for the tests that check a page in a real browser: the one STEPLOG_CHROMIUM names (.ci/run sets
/// it from .ci/chromium.sh), else one on the PATH, else, outside CI, the one .ci/chromium.sh installs. In CI
/// (CI=true) a missing browser fails those tests, never skips them.
/// </summary>
internal static class Chromium
{
    public const string Variable = "STEPLOG_CHROMIUM";

    private static readonly Lazy<(string? Path, string? Problem)> Found = new(Find);

    /// <summary>The browser's path; fails the calling test, saying why, when there is none.</summary>
    public static string Executable()
    {
        var (path, problem) = Found.Value;
        Assert.True(path is not null, problem);
        return path!;
    }

    /// <summary>Runs the browser on <paramref name="page"/> with <paramref name="arguments"/>; returns its standard output.</summary>
    public static string Run(string page, params string[] arguments)
    {
        var path = Executable();
        var profile = Directory.CreateTempSubdirectory("steplog-chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName,
            })
            {
                start.ArgumentList.Add(flag);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within 2 minutes: " + errors.Result);
            }

            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {errors.Result}");
            return output.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (string? Path, string? Problem) Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? (named, null) : (null, $"{Variable} names '{named}', which does not exist.");
        }

        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome-stable", "google-chrome" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return (candidate, null);
                }
            }
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return (null, $"{Variable} is not set and no Chromium is on the PATH: .ci/run installs it with .ci/chromium.sh, so that failed (see the CI log above the tests).");
        }

        var root = typeof(Chromium).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(meta => meta.Key == "RepositoryRoot").Value!;
        var script = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        script.ArgumentList.Add(Path.Combine(root, ".ci", "chromium.sh"));
        using var install = Process.Start(script)!;
        var problems = install.StandardError.ReadToEndAsync();
        var found = install.StandardOutput.ReadToEnd().Trim();
        install.WaitForExit();
        return install.ExitCode == 0 && File.Exists(found)
            ? (found, null)
            : (null, $"No Chromium on the PATH and .ci/chromium.sh could not install one (exit {install.ExitCode}): {problems.Result}");
    }
}

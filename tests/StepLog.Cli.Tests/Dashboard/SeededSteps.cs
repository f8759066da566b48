using System.Diagnostics;
using System.Reflection;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>A steps store (a SQLite file, or a PostgreSQL database) written by real StepLog runs: the dashboard tests' seeder, run as a process of its own.</summary>
internal static class SeededSteps
{
    public static string Write(string path)
    {
        var seeder = typeof(SeededSteps).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DashboardSeeder").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(seeder);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The seeder did not finish within 2 minutes: " + output + error.Result);
        }

        Assert.True(process.ExitCode == 0, $"The seeder exited with {process.ExitCode}: {output} {error.Result}");
        return path;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using StepLog.Dashboard.Browser.Tests.Harness;
using StepLog.Dashboard.Seeder;
using Xunit.Abstractions;

namespace StepLog.Dashboard.Browser.Tests;

/// <summary>
/// The pages <c>steplog dashboard</c> serves at the root of its address, from the tool's own build output over the same
/// seeded file, render in Chromium with a clean console: links, assets and the browser's own favicon request included.
/// </summary>
[Collection(DashboardCollection.Name)]
public class CliDashboardTests(DashboardFixture fixture, ITestOutputHelper output) : DashboardPageTest(fixture, output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_page_the_command_serves_renders_with_a_clean_console()
    {
        var tool = typeof(CliDashboardTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Tool").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { tool, "dashboard", "--store", Fixture.Seeded.Path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var lines = new BlockingCollection<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) { lines.Add(text); } };
        var errors = process.StandardError.ReadToEndAsync();
        process.BeginOutputReadLine();
        try
        {
            Assert.True(lines.TryTake(out var said, Patience), "steplog dashboard printed nothing");
            var root = System.Text.RegularExpressions.Regex.Match(said!, @"(http://\S+/) \(Ctrl\+C stops it\)").Groups[1].Value;
            Assert.StartsWith("http://127.0.0.1:", root);
            var run = await Fixture.Seeded.RunIdAsync(Seeded.FulfilledOrder, Seeded.FulfilOrder);

            foreach (var (path, name) in new[] { ("", "Overview"), ("runs", "Runs"), ("runs/" + run, "Run Fulfil order"), ("subjects/" + Seeded.GoodOrder, "Subject " + Seeded.GoodOrder), ("errors", "Errors"), ("batches", "Batches") })
            {
                var page = await Fixture.Browser.OpenPageAsync();
                await page.NavigateAsync(root + path);

                Assert.Equal(name, await page.TextAsync("document.querySelector('h1').textContent"));
                Assert.Equal("4", await page.TextAsync("String(document.querySelectorAll('#header nav a').length)"));
                AssertNoConsoleProblems(page);
                if (path.Length == 0)
                {
                    await ScreenshotAsync(page, "cli-overview");
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Output.WriteLine("steplog dashboard's standard error: " + await errors);
        }
    }
}

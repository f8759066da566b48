using Xunit.Abstractions;

namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>What every page test does: open a page in its own tab, save its screenshot, and hold it to a clean console.</summary>
public abstract class DashboardPageTest(DashboardFixture fixture, ITestOutputHelper output)
{
    internal DashboardFixture Fixture { get; } = fixture;

    internal ITestOutputHelper Output { get; } = output;

    /// <summary>Opens <paramref name="path"/> (relative to the dashboard's root) in a new tab, once its load event fired.</summary>
    internal async Task<BrowserPage> OpenAsync(string path)
    {
        var page = await Fixture.Browser.OpenPageAsync();
        await page.NavigateAsync(Fixture.Host.Url(path));
        return page;
    }

    /// <summary>Writes the page's screenshot under the test output as <paramref name="name"/>.png, and says where.</summary>
    internal async Task<string> ScreenshotAsync(BrowserPage page, string name)
    {
        var file = Path.Combine(DashboardFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(file);
        Output.WriteLine($"Screenshot: {file}");
        return file;
    }

    /// <summary>No console error, no uncaught exception and no Content Security Policy violation on the page so far.</summary>
    internal static void AssertNoConsoleProblems(BrowserPage page) =>
        Assert.True(page.Problems.Count == 0, "The page reported:\n" + string.Join("\n", page.Problems));

    /// <summary>A JavaScript string literal of <paramref name="text"/>, for building expressions from test data.</summary>
    internal static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}

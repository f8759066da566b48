using StepLog.Dashboard.Browser.Tests.Harness;
using StepLog.Dashboard.Seeder;
using Xunit.Abstractions;

namespace StepLog.Dashboard.Browser.Tests;

/// <summary>A batch that runs while the Batches page is open: the page shows it advance, without a navigation.</summary>
[Collection(DashboardCollection.Name)]
public class LiveBatchTests(DashboardFixture fixture, ITestOutputHelper output) : DashboardPageTest(fixture, output)
{
    private static readonly TimeSpan Refreshes = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_batches_page_shows_a_running_batch_advance_without_a_navigation()
    {
        await using var batch = LiveBatch.Start(total: 6);
        batch.Advance(1);
        var row = $"[...document.querySelectorAll('#batches tr.batch')].find(r => r.querySelector('a.run-link').textContent === {Js(Seeded.LiveImport)} && r.dataset.status === 'running')";
        var page = await Fixture.Browser.OpenPageAsync();

        // The store writes in the background: reloaded until the batch and its first item have reached it.
        await page.NavigateUntilAsync(Fixture.Host.Url("batches"), $"{row} && {row}.dataset.processed === '1'", "the running batch at 1 processed item", Refreshes);

        // Marks this document: a navigation or a reload would make a new one without the mark.
        await page.EvaluateAsync("window.__sameDocument = true");
        batch.Advance(2);

        await page.WaitForAsync($"{row} && {row}.dataset.processed === '3'", "the running batch at 3 processed items, refreshed in place", Refreshes);
        await ScreenshotAsync(page, "batches-live");
        Assert.Equal(System.Text.Json.JsonValueKind.True, (await page.EvaluateAsync("window.__sameDocument")).ValueKind);
        Assert.Equal("6", await page.TextAsync(row + ".dataset.total"));
        AssertNoConsoleProblems(page);
    }
}

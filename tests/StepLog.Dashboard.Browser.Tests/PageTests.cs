using StepLog.Dashboard.Browser.Tests.Harness;
using StepLog.Dashboard.Seeder;
using Xunit.Abstractions;

namespace StepLog.Dashboard.Browser.Tests;

/// <summary>
/// Each page of the dashboard, rendered by Chromium from a real Kestrel host over a steps file written by real runs,
/// shows what those runs did, with a clean console and no CSP violation; its screenshot is kept under the test output.
/// </summary>
[Collection(DashboardCollection.Name)]
public class PageTests(DashboardFixture fixture, ITestOutputHelper output) : DashboardPageTest(fixture, output)
{
    private const string ScreenshotsVariable = "STEPLOG_UPDATE_DOCS_SCREENSHOTS";

    [Fact]
    public async Task The_overview_renders_with_a_clean_console()
    {
        var page = await OpenAsync("");

        await ScreenshotAsync(page, "overview");

        Assert.Equal("Overview", await page.TextAsync("document.querySelector('nav a.current').textContent"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_runs_list_links_every_seeded_operation()
    {
        var page = await OpenAsync("runs");

        await ScreenshotAsync(page, "runs");

        var operations = await page.TextAsync("[...document.querySelectorAll('table.runs tr.run a.run-link')].map(a => a.textContent).join('|')");
        foreach (var operation in new[] { Seeded.ProcessOrder, Seeded.SyncInventory, Seeded.AuditOrder, Seeded.FulfilOrder, Seeded.ImportLeads })
        {
            Assert.Contains(operation, operations!.Split('|'));
        }

        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_failed_step_is_shown_failed_with_its_error_and_the_step_it_never_reached_pending()
    {
        var run = await Fixture.Seeded.RunIdAsync(Seeded.DeclinedOrder, Seeded.ProcessOrder);

        var page = await OpenAsync("runs/" + run);

        var screenshot = await ScreenshotAsync(page, "run");
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1")
        {
            File.Copy(screenshot, Path.Combine(DashboardFixture.DocsFolder, "dashboard-run.png"), overwrite: true);
        }

        Assert.Equal("failed", await page.TextAsync("document.getElementById('run').dataset.status"));
        Assert.Equal("success", await page.TextAsync("document.querySelector('tr.step[data-step=\"1\"]').dataset.status"));
        Assert.Equal("failed", await page.TextAsync("document.querySelector('tr.step[data-step=\"2\"]').dataset.status"));
        Assert.Contains(Seeded.DeclinedMessage, await page.TextAsync("document.querySelector('tr.step[data-step=\"2\"] .error-text').textContent"));
        Assert.Equal("pending", await page.TextAsync("document.querySelector('tr.step[data-step=\"3\"]').dataset.status"));
        Assert.Contains("Ship parcel", await page.TextAsync("document.querySelector('tr.step[data-step=\"3\"]').textContent"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_waterfall_draws_one_bar_per_step()
    {
        var run = await Fixture.Seeded.RunIdAsync(Seeded.GoodOrder, Seeded.ProcessOrder);

        var page = await OpenAsync("runs/" + run);

        Assert.Equal("1,2,3", await page.TextAsync("[...document.querySelectorAll('#waterfall tr.step')].map(r => r.dataset.step).join(',')"));
        Assert.Equal("1,1,1", await page.TextAsync("[...document.querySelectorAll('#waterfall tr.step')].map(r => r.querySelectorAll('.bar').length).join(',')"));
        Assert.Equal("success,success,success", await page.TextAsync("[...document.querySelectorAll('#waterfall tr.step')].map(r => r.dataset.status).join(',')"));

        // Drawn, and in order: each bar starts at or after the one before and has a width on screen.
        var bars = (await page.TextAsync("JSON.stringify([...document.querySelectorAll('#waterfall .bar')].map(b => { const r = b.getBoundingClientRect(); return [r.left, r.width]; }))"))!;
        var boxes = System.Text.Json.JsonSerializer.Deserialize<double[][]>(bars)!;
        Assert.All(boxes, box => Assert.True(box[1] > 0, bars));
        Assert.True(boxes[0][0] <= boxes[1][0] && boxes[1][0] <= boxes[2][0], bars);
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_nested_operation_is_indented_under_the_step_that_ran_it_and_links_to_its_run()
    {
        var run = await Fixture.Seeded.RunIdAsync(Seeded.FulfilledOrder, Seeded.FulfilOrder);
        var nested = await Fixture.Seeded.RunIdAsync(Seeded.FulfilledOrder, Seeded.PackParcel);

        var page = await OpenAsync("runs/" + run);

        await ScreenshotAsync(page, "run-nested");
        Assert.Equal(Seeded.PackParcel, await page.TextAsync("document.querySelector('#waterfall tr.nested a.run-link').textContent"));
        Assert.EndsWith("/runs/" + nested, await page.TextAsync("document.querySelector('#waterfall tr.nested a.run-link').href"));
        var indent = await page.EvaluateAsync(
            "document.querySelector('#waterfall tr.nested td.name').getBoundingClientRect().left + parseFloat(getComputedStyle(document.querySelector('#waterfall tr.nested td.name')).paddingLeft)" +
            " - (document.querySelector('#waterfall tr.step:not(.nested) td.name').getBoundingClientRect().left + parseFloat(getComputedStyle(document.querySelector('#waterfall tr.step:not(.nested) td.name')).paddingLeft))");
        Assert.True(indent.GetDouble() >= 16, $"the nested operation's name starts {indent.GetDouble()} px right of a step's");

        // It comes after the step that ran it ("Pack") and before the next one.
        Assert.Equal("1,0,2", await page.TextAsync("[...document.querySelectorAll('#waterfall tr.step')].map(r => r.dataset.step).join(',')"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task A_retried_step_shows_its_recoverable_error_and_its_success()
    {
        var run = await Fixture.Seeded.RunIdAsync(Seeded.GoodOrder, Seeded.SyncInventory);

        var page = await OpenAsync("runs/" + run);

        Assert.Equal("success", await page.TextAsync("document.querySelector('tr.step[data-step=\"1\"]').dataset.status"));
        Assert.Contains("Retry 1: " + Seeded.RetryMessage, await page.TextAsync("document.querySelector('tr.step[data-step=\"1\"] .error-text').textContent"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_subject_page_lists_its_runs_oldest_first()
    {
        var page = await OpenAsync("subjects/" + Seeded.GoodOrder);

        await ScreenshotAsync(page, "subject");

        Assert.Equal(
            string.Join("|", Seeded.ProcessOrder, Seeded.SyncInventory, Seeded.AuditOrder),
            await page.TextAsync("[...document.querySelectorAll('#subject-runs tr.run a.run-link')].map(a => a.textContent).join('|')"));
        var times = (await page.TextAsync("[...document.querySelectorAll('#subject-runs tr.run time')].map(t => t.getAttribute('datetime')).join('|')"))!.Split('|');
        Assert.Equal(3, times.Length);
        Assert.Equal(times.OrderBy(time => DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), times);
        Assert.Equal("success,success,success", await page.TextAsync("[...document.querySelectorAll('#subject-runs tr.run')].map(r => r.dataset.status).join(',')"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_errors_page_groups_each_failure_with_its_count_and_latest_run()
    {
        var declined = await Fixture.Seeded.RunIdAsync(Seeded.DeclinedOrder, Seeded.ProcessOrder);

        var page = await OpenAsync("errors");

        await ScreenshotAsync(page, "errors");
        var group = $"[...document.querySelectorAll('#errors tr.error-group')].find(r => r.querySelector('.error-text').textContent === {Js(Seeded.DeclinedMessage)} && r.textContent.includes('Charge card'))";
        Assert.Equal("failed", await page.TextAsync(group + ".dataset.status"));
        Assert.Equal("1", await page.TextAsync(group + ".dataset.count"));
        Assert.EndsWith("/runs/" + declined, await page.TextAsync(group + ".querySelector('a.run-link').href"));
        Assert.Equal(
            "1",
            await page.TextAsync($"String([...document.querySelectorAll('#errors tr.error-group')].filter(r => r.querySelector('.error-text').textContent === {Js(Seeded.NoEmailMessage)} && r.textContent.includes('Check e-mail')).length)"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_batches_page_shows_a_finished_batch_with_its_failed_item()
    {
        var page = await OpenAsync("batches");

        await ScreenshotAsync(page, "batches");
        var row = $"[...document.querySelectorAll('#batches tr.batch')].find(r => r.querySelector('a.run-link').textContent === {Js(Seeded.ImportLeads)})";
        Assert.Equal("4", await page.TextAsync(row + ".dataset.processed"));
        Assert.Equal("4", await page.TextAsync(row + ".dataset.total"));
        Assert.Equal("1", await page.TextAsync(row + ".querySelector('.failed-count').textContent.trim()"));
        AssertNoConsoleProblems(page);
    }
}

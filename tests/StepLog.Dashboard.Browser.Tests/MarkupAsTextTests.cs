using StepLog.Dashboard.Browser.Tests.Harness;
using StepLog.Dashboard.Seeder;
using Xunit.Abstractions;

namespace StepLog.Dashboard.Browser.Tests;

/// <summary>
/// Markup recorded as a step name, a subject and an error message (an img with onerror, a script) is shown as text on
/// every page that shows it, and runs nothing: no img or extra script element exists, and nothing set window.__xss.
/// The subject page is checked with the img subject, and the script one (which holds a '/') by following its link.
/// </summary>
[Collection(DashboardCollection.Name)]
public class MarkupAsTextTests(DashboardFixture fixture, ITestOutputHelper output) : DashboardPageTest(fixture, output)
{
    public static TheoryData<string> Pages() => new() { "run", "subject", "errors", "runs" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Markup_in_a_step_name_a_subject_and_an_error_shows_as_text_and_runs_nothing(string which)
    {
        var run = await Fixture.Seeded.RunIdAsync(Seeded.XssSubject, Seeded.HostileInput);
        var (path, shown) = which switch
        {
            "run" => ("runs/" + run, new[] { Seeded.XssStepName, Seeded.XssSubject, Seeded.XssMessage }),
            "subject" => ("subjects/" + Uri.EscapeDataString(Seeded.XssImageSubject), [Seeded.XssImageSubject, Seeded.XssMessage]),
            "errors" => ("errors", [Seeded.XssStepName, Seeded.XssImageSubject, Seeded.XssMessage]),
            _ => ("runs?subject=" + Uri.EscapeDataString(Seeded.XssSubject), [Seeded.XssSubject, Seeded.XssMessage]),
        };

        var page = await OpenAsync(path);

        await ScreenshotAsync(page, "markup-" + which);
        var text = await page.TextAsync("document.getElementById('main').textContent");
        foreach (var markup in shown)
        {
            Assert.Contains(markup, text);
        }

        Assert.Equal(0, (await page.EvaluateAsync("document.querySelectorAll('img').length")).GetInt32());
        Assert.Equal(1, (await page.EvaluateAsync("document.scripts.length")).GetInt32()); // the dashboard's own script only
        Assert.Equal("undefined", await page.TextAsync("typeof window.__xss"));
        AssertNoConsoleProblems(page);
    }

    [Fact]
    public async Task The_subject_link_of_a_subject_whose_id_holds_a_slash_opens_its_page()
    {
        var run = await Fixture.Seeded.RunIdAsync(Seeded.XssSubject, Seeded.HostileInput);
        var page = await OpenAsync("runs/" + run);
        var subjectPage = await page.TextAsync("document.querySelector('#run a.subject-link').href");

        await page.NavigateAsync(subjectPage!);

        Assert.Contains(Seeded.XssSubject, await page.TextAsync("document.querySelector('h1').textContent"));
        Assert.Equal(1, (await page.EvaluateAsync("document.querySelectorAll('#subject-runs tr.run').length")).GetInt32());
        Assert.Equal(0, (await page.EvaluateAsync("document.querySelectorAll('img').length")).GetInt32());
        Assert.Equal("undefined", await page.TextAsync("typeof window.__xss"));
        AssertNoConsoleProblems(page);
    }
}

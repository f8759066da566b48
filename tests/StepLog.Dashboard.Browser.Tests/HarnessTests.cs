using StepLog.Dashboard.Browser.Tests.Harness;

namespace StepLog.Dashboard.Browser.Tests;

/// <summary>
/// The harness catches what the dashboard's tests rely on it to catch: a page with a console error, an uncaught
/// exception or a CSP violation is reported, and a clean page is not. Pages given as data: URLs, no server needed.
/// </summary>
public class HarnessTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clean_page_reports_no_problems_and_its_DOM_is_readable()
    {
        var page = await fixture.Browser.OpenPageAsync();

        await page.NavigateAsync(Page("<p id='said'>hello</p>"));

        Assert.Equal("hello", await page.TextAsync("document.getElementById('said').textContent"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task A_console_error_is_reported()
    {
        var page = await fixture.Browser.OpenPageAsync();

        await page.NavigateAsync(Page("<script>console.error('the widget broke')</script>"));

        Assert.Contains(page.Problems, problem => problem.Contains("the widget broke", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_uncaught_exception_is_reported()
    {
        var page = await fixture.Browser.OpenPageAsync();

        await page.NavigateAsync(Page("<script>throw new Error('kaput')</script>"));

        Assert.Contains(page.Problems, problem => problem.Contains("kaput", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_CSP_violation_is_reported()
    {
        var page = await fixture.Browser.OpenPageAsync();

        await page.NavigateAsync(Page("<script>document.title='ran'</script>", head: "<meta http-equiv='Content-Security-Policy' content=\"script-src 'none'\">"));

        Assert.NotEqual("ran", await page.TextAsync("document.title"));
        Assert.Contains(page.Problems, problem => problem.Contains("script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wait_that_never_comes_true_fails_naming_what_it_waited_for()
    {
        var page = await fixture.Browser.OpenPageAsync();
        await page.NavigateAsync(Page("<p>still</p>"));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => page.WaitForAsync("document.querySelector('#never')", "the never element", TimeSpan.FromSeconds(1)));

        Assert.Contains("the never element", error.Message, StringComparison.Ordinal);
        Assert.Contains("still", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screenshot_is_a_PNG_of_the_page()
    {
        var page = await fixture.Browser.OpenPageAsync();
        await page.NavigateAsync(Page("<body style='margin:0;background:#ff0000'><div style='height:1200px'></div></body>"));
        var file = Path.Combine(Path.GetTempPath(), "steplog-harness-" + Guid.NewGuid().ToString("N") + ".png");

        try
        {
            await page.ScreenshotAsync(file);

            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, bytes[..8]);
            Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4))); // IHDR height: the whole page, beyond the 900-pixel viewport
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Page(string body, string head = "") =>
        "data:text/html;charset=utf-8," + Uri.EscapeDataString("<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>");
}

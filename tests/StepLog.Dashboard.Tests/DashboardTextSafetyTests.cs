using System.Text.RegularExpressions;

namespace StepLog.Dashboard.Tests;

/// <summary>Every value is text, never markup or a control character; the page runs no inline code and stays small.</summary>
public sealed partial class DashboardTextSafetyTests : IAsyncLifetime
{
    private const string EncodedXss = "&lt;img src=x onerror=alert(1)&gt;";

    private DashboardHost _host = null!;
    private Seeded.Ids _ids = null!;

    public async Task InitializeAsync()
    {
        _ids = await Seeded.IdsAsync();
        _host = await DashboardHost.StartAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_step_name_subject_and_error_message_of_markup_appear_only_encoded()
    {
        var subjectPath = "/subjects/" + Uri.EscapeDataString(Seeded.Xss);
        foreach (var path in new[] { "/runs/" + _ids.Xss, "/runs", subjectPath, "/errors", "/" })
        {
            var page = await _host.GetStringAsync(path);

            Assert.DoesNotContain("<img", page);
            Assert.DoesNotContain("onerror=alert", page.Replace(EncodedXss, string.Empty, StringComparison.Ordinal));
            Assert.Contains(EncodedXss, page);
        }
    }

    [Fact]
    public async Task The_json_twin_carries_markup_as_escaped_text()
    {
        var json = await _host.GetStringAsync("/api/runs/" + _ids.Xss);

        Assert.DoesNotContain("<img", json);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Seeded.Xss, document.RootElement.GetProperty("run").GetProperty("subject_id").GetString());
    }

    [Fact]
    public async Task Control_characters_in_values_are_shown_escaped_never_as_they_are()
    {
        var run = await _host.GetStringAsync("/runs/" + _ids.Control);
        var subject = await _host.GetStringAsync("/subjects/" + Uri.EscapeDataString(Seeded.ControlSubject));
        var errors = await _host.GetStringAsync("/errors");

        foreach (var page in new[] { run, subject, errors })
        {
            Assert.DoesNotContain('\u001b', page);
            Assert.DoesNotContain('\u0007', page);
            Assert.DoesNotContain('\r', page);
            Assert.DoesNotContain("&#x1B;", page, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("line1\\nforged\\u001b[2J", run);
        Assert.Contains("bad\\r\\nINFO forged line\\u0007", run);
        Assert.Contains("bad\\r\\nINFO forged line\\u0007", errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/runs")]
    [InlineData("/errors?warnings=true")]
    [InlineData("/batches")]
    public async Task A_page_has_no_inline_script_style_or_event_handler(string path)
    {
        var page = await _host.GetStringAsync(path);

        Assert.Empty(InlineScript().Matches(page));
        Assert.DoesNotContain("<style", page);
        Assert.Empty(StyleAttribute().Matches(page));
        Assert.Empty(EventHandler().Matches(page));
        Assert.DoesNotContain("javascript:", page);
    }

    [Fact]
    public async Task The_stylesheet_and_script_are_served_from_the_package_with_their_types()
    {
        using var css = await _host.GetAsync("/assets/dashboard.css");
        using var script = await _host.GetAsync("/assets/dashboard.js");
        using var missing = await _host.GetAsync("/assets/jquery.js");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("innerHTML", await script.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    // A script element without src: inline code the CSP would block anyway, and must not be there.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]+\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}

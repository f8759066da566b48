using StepLog.Dashboard.Http;

namespace StepLog.Dashboard.Html;

/// <summary>
/// The frame of every page: the header with the page links, the page's title, a link to its JSON twin, and the one
/// stylesheet and script the package embeds (no inline code, so the Content-Security-Policy forbids all of it).
/// </summary>
internal static class Layout
{
    private static readonly (string Path, string Name)[] Pages =
    [
        (string.Empty, "Overview"),
        ("runs", "Runs"),
        ("errors", "Errors"),
        ("batches", "Batches"),
    ];

    public static void Open(HtmlBuilder html, DashboardRequest request, string title, string section)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"referrer\" content=\"same-origin\">\n")
            .Raw("<title>").Text(title).Raw(" - ").Text(request.Options.Title).Raw("</title>\n")
            // An empty icon (a data: URL, which the CSP's img-src allows), so that the browser does not ask the app
            // for /favicon.ico: in an app without one, that 404 is a console error on every page.
            .Raw("<link rel=\"icon\" href=\"data:,\">\n")
            .Raw("<link rel=\"stylesheet\" href=\"").Attr(request.Link("assets/dashboard.css")).Raw("\">\n")
            .Raw("<link rel=\"alternate\" type=\"application/json\" href=\"").Attr(request.ApiLink()).Raw("\">\n")
            .Raw("<script src=\"").Attr(request.Link("assets/dashboard.js")).Raw("\" defer></script>\n")
            .Raw("</head>\n<body>\n<header id=\"header\">\n<a class=\"brand\" href=\"").Attr(request.Link(string.Empty)).Raw("\">")
            .Text(request.Options.Title).Raw("</a>\n<nav>");
        foreach (var (path, name) in Pages)
        {
            html.Raw("<a href=\"").Attr(request.Link(path)).Raw("\"")
                .Raw(name == section ? " class=\"current\" aria-current=\"page\"" : string.Empty)
                .Raw(" data-page=\"").Raw(name.ToLowerInvariant()).Raw("\">").Raw(name).Raw("</a>");
        }

        html.Raw("</nav>\n<form class=\"jump\" method=\"get\" action=\"").Attr(request.Link("runs")).Raw("\">")
            .Raw("<input type=\"search\" name=\"subject\" placeholder=\"Subject id\" aria-label=\"Find a subject's runs\">")
            .Raw("</form>\n</header>\n<main id=\"main\">\n<div class=\"title\"><h1>").Text(title).Raw("</h1>")
            .Raw("<span class=\"meta\">Made at ").Time(request.Now).Raw(" (UTC) · <a class=\"json\" href=\"")
            .Attr(request.ApiLink()).Raw("\">JSON</a><span id=\"refreshed\" class=\"refreshed\"></span></span></div>\n");
    }

    public static void Close(HtmlBuilder html) =>
        html.Raw("</main>\n<footer>StepLog dashboard · read-only · all times UTC</footer>\n</body>\n</html>\n");

    /// <summary>A message box: the 404 and 400 pages, and a store that did not answer.</summary>
    public static string Message(DashboardRequest request, int status, string title, string message)
    {
        var html = new HtmlBuilder();
        Open(html, request, title, string.Empty);
        html.Raw("<p class=\"message\" data-http-status=\"").Number(status).Raw("\">").Text(message).Raw("</p>\n")
            .Raw("<p><a href=\"").Attr(request.Link(string.Empty)).Raw("\">Back to the overview</a></p>\n");
        Close(html);
        return html.ToString();
    }
}

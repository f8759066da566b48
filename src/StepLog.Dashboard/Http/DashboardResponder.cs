using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Pages;

namespace StepLog.Dashboard.Http;

/// <summary>
/// Answers a dashboard request: the security headers first (on every response, refusals included), then the access
/// check, then the page as HTML or as its JSON twin. A bad filter is a 400 naming the parameter; an unknown run or
/// subject a 404; a store that fails a 503 that says so, logged once per request.
/// </summary>
internal static class DashboardResponder
{
    private static readonly Action<ILogger, string, Exception?> StoreFailed = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(1, "DashboardStoreFailed"), "The StepLog dashboard could not read the step records for {Path}.");

    public static async Task ServeAsync(HttpContext context, DashboardContext dashboard, IDashboardPage page, bool json)
    {
        SecurityHeaders.Apply(context.Response, cacheable: false);
        if (!DashboardGuard.Admits(context, dashboard.Options))
        {
            await RefuseAsync(context, json).ConfigureAwait(false);
            return;
        }

        var request = new DashboardRequest(context, dashboard, json);
        PageModel? model;
        try
        {
            model = await page.LoadAsync(request).ConfigureAwait(false);
        }
        catch (BadFilterException bad)
        {
            await WriteProblemAsync(request, json, StatusCodes.Status400BadRequest, "Bad filter", bad.Message, bad.Parameter).ConfigureAwait(false);
            return;
        }
        catch (ArgumentException) when (request.Param("after") is not null)
        {
            // The store refuses a cursor it did not make: the only argument a page hands on unchecked.
            var message = "after: not a cursor of this store; follow the \"Older\" link of the page before, or leave after out for the newest runs.";
            await WriteProblemAsync(request, json, StatusCodes.Status400BadRequest, "Bad filter", message, "after").ConfigureAwait(false);
            return;
        }
        catch (Exception fault) when (!context.RequestAborted.IsCancellationRequested)
        {
            StoreFailed(Logger(context), context.Request.Path.Value ?? string.Empty, fault);
            // The exception's type only: its message may hold a connection string or a path, which the page must not show.
            var message = "The step store did not answer (" + fault.GetType().Name + "); the error is in the application's log under StepLog.Dashboard.";
            await WriteProblemAsync(request, json, StatusCodes.Status503ServiceUnavailable, "Store unavailable", message, null).ConfigureAwait(false);
            return;
        }

        if (model is null)
        {
            await NotFoundAsync(context, dashboard, json, "Nothing is recorded under this id: it may be mistyped, or its records may have expired.").ConfigureAwait(false);
            return;
        }

        if (json)
        {
            await Results.Json(model.Json, DashboardJson.Options).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var html = new HtmlBuilder();
        Layout.Open(html, request, model.Title, model.Section);
        model.Render(html, request);
        Layout.Close(html);
        await WriteHtmlAsync(context, StatusCodes.Status200OK, html.ToString()).ConfigureAwait(false);
    }

    public static async Task NotFoundAsync(HttpContext context, DashboardContext dashboard, bool json, string message)
    {
        SecurityHeaders.Apply(context.Response, cacheable: false);
        if (!DashboardGuard.Admits(context, dashboard.Options))
        {
            await RefuseAsync(context, json).ConfigureAwait(false);
            return;
        }

        await WriteProblemAsync(new DashboardRequest(context, dashboard), json, StatusCodes.Status404NotFound, "Not found", message, null).ConfigureAwait(false);
    }

    public static async Task ServeAssetAsync(HttpContext context, DashboardContext dashboard)
    {
        SecurityHeaders.Apply(context.Response, cacheable: true);
        if (!DashboardGuard.Admits(context, dashboard.Options))
        {
            await RefuseAsync(context, json: false).ConfigureAwait(false);
            return;
        }

        var asset = DashboardAssets.Find(context.Request.RouteValues["name"]?.ToString());
        if (asset is null)
        {
            SecurityHeaders.Apply(context.Response, cacheable: false);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
    }

    // No page, no data, no hint of what is there: only what to do about it.
    private static Task RefuseAsync(HttpContext context, bool json)
    {
        const string message = "The StepLog dashboard answers only local requests. To open it to others, put an authorization policy on it " +
            "(app.MapStepLogDashboard(...).RequireAuthorization(\"policy\")) or set AllowRemoteRequests.";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return json
            ? Results.Json(new { error = "forbidden", message }, DashboardJson.Options, statusCode: 403).ExecuteAsync(context)
            : Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, 403).ExecuteAsync(context);
    }

    private static Task WriteProblemAsync(DashboardRequest request, bool json, int status, string title, string message, string? parameter)
    {
        if (json)
        {
            var error = status switch { 400 => "bad_filter", 404 => "not_found", _ => "store_unavailable" };
            return Results.Json(new { error, parameter, message }, DashboardJson.Options, statusCode: status).ExecuteAsync(request.Http);
        }

        return WriteHtmlAsync(request.Http, status, Layout.Message(request, status, title, message));
    }

    private static Task WriteHtmlAsync(HttpContext context, int status, string html) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status).ExecuteAsync(context);

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("StepLog.Dashboard");
}

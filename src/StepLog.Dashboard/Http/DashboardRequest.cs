using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using StepLog.Records;

namespace StepLog.Dashboard.Http;

/// <summary>One request to the dashboard: its parameters, the store's queries, the time, and how to link to another page.</summary>
internal sealed class DashboardRequest
{
    private IStepRecordQueries? _queries;

    public DashboardRequest(HttpContext http, DashboardContext dashboard, bool json = false)
    {
        Http = http;
        IsJson = json;
        Dashboard = dashboard;
        Now = (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        Base = http.Request.PathBase.Add(new PathString(dashboard.Prefix)).Value ?? string.Empty;
    }

    public HttpContext Http { get; }

    /// <summary>Whether the JSON twin was asked for, rather than the page.</summary>
    public bool IsJson { get; }

    public DashboardContext Dashboard { get; }

    public StepLogDashboardOptions Options => Dashboard.Options;

    /// <summary>
    /// The store's queries, resolved when a page first asks: a store that cannot answer (its factory throws) is then
    /// the page's 503, not a crash of every response, the 404 and 403 ones included.
    /// </summary>
    public IStepRecordQueries Queries => _queries ??= Http.RequestServices.GetRequiredService<IStepRecordQueries>();

    public IServiceProvider Services => Http.RequestServices;

    /// <summary>The time the page is made at (UTC): every relative filter ("6h") counts back from it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The dashboard's own path in links: the application's path base and the prefix it is mapped at.</summary>
    public string Base { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>A query parameter's value, trimmed; null when absent or empty.</summary>
    public string? Param(string name)
    {
        var value = Http.Request.Query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The id a page's link ends with (a run's or a subject's), decoded once from the request as sent. The server's
    /// decoded path cannot be used: it leaves an escaped '/' escaped, so a subject "a/b" and a subject "a%2Fb" would
    /// read alike. The dashboard's links escape every '/' of an id, so the id is the target's last segment. A server
    /// that gives no target as sent (TestServer) leaves that ambiguity: there, a "%2F" in an id reads as '/'.
    /// </summary>
    public string LastSegment(string routeName)
    {
        var raw = Http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (raw is not null)
        {
            var end = raw.IndexOfAny(['?', '#']);
            var path = end < 0 ? raw : raw.Substring(0, end);
            var segment = path.Substring(path.LastIndexOf('/') + 1);
            if (segment.Length > 0)
            {
                try
                {
                    return Uri.UnescapeDataString(segment);
                }
                catch (UriFormatException)
                {
                    // Not escaped as a link escapes it: read what routing read.
                }
            }
        }

        // No target as sent (an in-process test server): the decoded path's escaped slashes are the id's slashes.
        return (Http.Request.RouteValues[routeName]?.ToString() ?? string.Empty).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A link to a page of this dashboard: <paramref name="path"/> ("runs", "runs/abc") with the given query, values escaped.</summary>
    public string Link(string path, params (string Name, string? Value)[] query)
    {
        var link = new StringBuilder(Base).Append('/').Append(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            link.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return link.ToString();
    }

    /// <summary>A path segment escaped for a link ("/" and all), for run and subject ids.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>The JSON twin of this page: the same path under /api, with the same query.</summary>
    public string ApiLink()
    {
        var path = Http.Request.Path.Value ?? string.Empty;
        var prefix = Http.Request.PathBase.Value + Dashboard.Prefix;
        var rest = path.StartsWith(Dashboard.Prefix, StringComparison.Ordinal) ? path.Substring(Dashboard.Prefix.Length) : path;
        rest = rest.Trim('/');
        return prefix + "/api/" + (rest.Length == 0 ? "overview" : rest) + Http.Request.QueryString.Value;
    }

    /// <summary>The query of this request with one parameter replaced (or removed when null): for "older" and window links.</summary>
    public (string Name, string? Value)[] QueryWith(string name, string? value, params string[] drop)
    {
        var query = new List<(string, string?)>();
        foreach (var pair in Http.Request.Query)
        {
            if (pair.Key != name && Array.IndexOf(drop, pair.Key) < 0)
            {
                query.Add((pair.Key, pair.Value.ToString()));
            }
        }

        query.Add((name, value));
        return query.ToArray();
    }
}

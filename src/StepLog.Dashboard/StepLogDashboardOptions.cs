using System;

namespace StepLog.Dashboard;

/// <summary>How the StepLog dashboard is served: who may see it, and what it links to.</summary>
public sealed class StepLogDashboardOptions
{
    /// <summary>
    /// Serves the dashboard to requests from other machines without an authorization policy on its endpoints. Off by
    /// default: without a policy (<c>.RequireAuthorization(...)</c>) only loopback requests are answered, and every
    /// other request gets 403 and no data. Turn it on only behind something that already decides who may connect.
    /// </summary>
    public bool AllowRemoteRequests { get; set; }

    /// <summary>
    /// A link from a run to its trace, for example <c>http://localhost:16686/trace/{trace_id}</c>. The placeholders:
    /// <c>{operation_id}</c> and <c>{span_id}</c> (a traced run's operation id is its span's id), and <c>{trace_id}</c>,
    /// filled when the run's records carry a <c>trace_id</c> detail. Null (the default) shows no link.
    /// </summary>
    public string? TraceUrlTemplate { get; set; }

    /// <summary>The name StepLog's health check is registered under (<c>AddStepLog(name: ...)</c>); "steplog" by default.</summary>
    public string HealthCheckName { get; set; } = "steplog";

    /// <summary>How many runs a page of the runs list shows, from 1 to 200 (default 50); <c>?limit=</c> overrides it per request.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>The title in the page header, for telling one application's dashboard from another's.</summary>
    public string Title { get; set; } = "StepLog";

    internal void Validate()
    {
        if (PageSize is < 1 or > Http.DashboardFilters.MaxPageRows)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, $"StepLogDashboardOptions.PageSize must be from 1 to {Http.DashboardFilters.MaxPageRows}.");
        }

        if (string.IsNullOrWhiteSpace(HealthCheckName))
        {
            throw new ArgumentException("StepLogDashboardOptions.HealthCheckName must name the health check StepLog's check is registered under (\"steplog\" unless AddStepLog was given another name).", nameof(HealthCheckName));
        }

        if (TraceUrlTemplate is { } template
            && (!Uri.TryCreate(template.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException(
                $"StepLogDashboardOptions.TraceUrlTemplate '{template}' is not an http or https URL; give one such as http://localhost:16686/trace/{{trace_id}}.",
                nameof(TraceUrlTemplate));
        }

        Title ??= "StepLog";
    }
}

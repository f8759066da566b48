using System;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StepLog.Dashboard;
using StepLog.Dashboard.Http;
using StepLog.Dashboard.Pages;
using StepLog.Records;

// In ASP.NET Core's namespace, as MapHealthChecks is: a web project's implicit usings find it with no using of ours.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the StepLog dashboard: read-only pages over the step records, each with a JSON twin.</summary>
public static class StepLogDashboardEndpointExtensions
{
    /// <summary>
    /// Maps the dashboard's pages (GET only) under <paramref name="prefix"/>: <c>/</c> (overview), <c>/runs</c>,
    /// <c>/runs/{operation_id}</c>, <c>/subjects/{subject_id}</c>, <c>/errors</c>, <c>/batches</c>, and the same under
    /// <c>/api/...</c> as JSON. It reads the store that <c>AddStepRecords</c> configured, through
    /// <see cref="IStepRecordQueries"/>. Without an authorization policy on the endpoints (<c>.RequireAuthorization(...)</c>
    /// on the builder returned) or <see cref="StepLogDashboardOptions.AllowRemoteRequests"/>, only loopback requests are served.
    /// </summary>
    /// <param name="endpoints">The application's endpoints (a <c>WebApplication</c>).</param>
    /// <param name="prefix">Where the dashboard lives, a literal path such as "/steplog".</param>
    /// <param name="configure">Sets the options: remote access, a trace link, the page size.</param>
    /// <returns>The dashboard's endpoints, for ASP.NET Core's conventions (<c>RequireAuthorization</c>, <c>RequireHost</c>, ...).</returns>
    /// <exception cref="ArgumentException">The prefix is not a literal path starting with '/', or an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">No <see cref="IStepRecordQueries"/> is registered (no <c>AddStepRecords</c>).</exception>
    public static IEndpointConventionBuilder MapStepLogDashboard(
        this IEndpointRouteBuilder endpoints, string prefix = "/steplog", Action<StepLogDashboardOptions>? configure = null)
    {
        if (endpoints is null)
        {
            throw new ArgumentNullException(nameof(endpoints));
        }

        var path = DashboardPrefix.Normalize(prefix);
        var options = new StepLogDashboardOptions();
        configure?.Invoke(options);
        options.Validate();

        // Checked now, so that a missing store is an error at startup rather than a broken page at 3 a.m.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>() is { } registry && !registry.IsService(typeof(IStepRecordQueries)))
        {
            throw new InvalidOperationException(
                "MapStepLogDashboard reads the step records through IStepRecordQueries, and none is registered: call " +
                "services.AddStepRecords(options => options.UseSqlite(...)) (or UsePostgres, UseInMemory) before building the app.");
        }

        var dashboard = new DashboardContext(path, options);
        var group = endpoints.MapGroup(path);
        group.MapGet("/assets/{name}", context => DashboardResponder.ServeAssetAsync(context, dashboard));

        Map(group, string.Empty, "overview", new OverviewPage(), dashboard);
        Map(group, "runs", "runs", new RunsPage(), dashboard);
        Map(group, "runs/{operationId}", "runs/{operationId}", new RunPage(), dashboard);
        Map(group, "subjects/{subjectId}", "subjects/{subjectId}", new SubjectPage(), dashboard);
        Map(group, "errors", "errors", new ErrorsPage(), dashboard);
        Map(group, "batches", "batches", new BatchesPage(), dashboard);

        // Anything else under the prefix is a 404 page (or a JSON 404 under /api), with the same headers as the rest.
        group.MapGet("/api/{**rest}", context => DashboardResponder.NotFoundAsync(context, dashboard, json: true, "No such API: see the dashboard's documentation for its JSON endpoints."));
        group.MapGet("/{**rest}", context => DashboardResponder.NotFoundAsync(context, dashboard, json: false, "No such page."));
        return group;
    }

    private static void Map(RouteGroupBuilder group, string pagePath, string apiPath, IDashboardPage page, DashboardContext dashboard)
    {
        group.MapGet("/" + pagePath, context => DashboardResponder.ServeAsync(context, dashboard, page, json: false));
        group.MapGet("/api/" + apiPath, context => DashboardResponder.ServeAsync(context, dashboard, page, json: true));
    }
}

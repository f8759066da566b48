using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace StepLog.Dashboard.Http;

/// <summary>
/// Who may see the dashboard: anyone the endpoints' authorization policy let through (ASP.NET Core's authorization
/// middleware has already run by the time a request gets here), anyone when remote requests are allowed, and otherwise
/// only a request from this machine's loopback address. A request with no remote address (an in-process server) is
/// not known to be local, so it is refused.
/// </summary>
internal static class DashboardGuard
{
    public static bool Admits(HttpContext context, StepLogDashboardOptions options) =>
        options.AllowRemoteRequests || HasAuthorizationPolicy(context) || IsLocal(context.Connection.RemoteIpAddress);

    public static bool IsLocal(IPAddress? remote) => remote is not null && IPAddress.IsLoopback(remote);

    // A policy on the endpoint (RequireAuthorization, [Authorize] metadata) that AllowAnonymous does not undo.
    private static bool HasAuthorizationPolicy(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        return metadata is not null
            && metadata.GetOrderedMetadata<IAuthorizeData>().Any()
            && metadata.GetMetadata<IAllowAnonymous>() is null;
    }
}

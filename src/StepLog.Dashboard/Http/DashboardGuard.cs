using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace StepLog.Dashboard.Http;

/// <summary>
/// Who may see the dashboard: anyone the endpoints' authorization policy let through (ASP.NET Core's authorization
/// middleware has already run by the time a request gets here), anyone when remote requests are allowed, and otherwise
/// only a request from this machine's loopback address. A request with no remote address (an in-process server) is
/// not known to be local, so it is refused; so is a loopback request that names a client a proxy forwarded it for
/// (a reverse proxy on the same machine makes every request look local).
/// </summary>
internal static class DashboardGuard
{
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];

    public static bool Admits(HttpContext context, StepLogDashboardOptions options) =>
        options.AllowRemoteRequests || HasAuthorizationPolicy(context) || IsLocal(context);

    private static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) && !Forwarded(context.Request.Headers);

    private static bool Forwarded(IHeaderDictionary headers)
    {
        foreach (var header in ForwardingHeaders)
        {
            if (headers.ContainsKey(header))
            {
                return true;
            }
        }

        return false;
    }

    // A policy on the endpoint (RequireAuthorization, [Authorize] metadata) that AllowAnonymous does not undo.
    private static bool HasAuthorizationPolicy(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        return metadata is not null
            && metadata.GetOrderedMetadata<IAuthorizeData>().Any()
            && metadata.GetMetadata<IAllowAnonymous>() is null;
    }
}

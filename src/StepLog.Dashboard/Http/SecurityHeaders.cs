using Microsoft.AspNetCore.Http;

namespace StepLog.Dashboard.Http;

/// <summary>
/// The headers every dashboard response carries: a Content-Security-Policy that lets the page load only its own style
/// and script (no inline code, no frames, no other origins), no content sniffing, and no caching of data.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void Apply(HttpResponse response, bool cacheable)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = cacheable ? "public, max-age=3600" : "no-store";
    }
}

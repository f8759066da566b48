using System;
using System.IO;
using System.Security.Cryptography;

namespace StepLog.Dashboard.Http;

/// <summary>The stylesheet and the script, embedded in the assembly and read once: nothing to deploy, no CDN.</summary>
internal static class DashboardAssets
{
    private static readonly Asset Css = Load("dashboard.css", "text/css; charset=utf-8");
    private static readonly Asset Script = Load("dashboard.js", "text/javascript; charset=utf-8");

    public static Asset? Find(string? name) => name switch
    {
        "dashboard.css" => Css,
        "dashboard.js" => Script,
        _ => null,
    };

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream("StepLog.Dashboard." + name)
            ?? throw new InvalidOperationException($"The dashboard's {name} is missing from StepLog.Dashboard.dll: the package is damaged; reinstall it.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(content), 0, 8).ToLowerInvariant() + "\"";
        return new Asset(content, contentType, etag);
    }

    internal sealed record Asset(byte[] Content, string ContentType, string ETag);
}

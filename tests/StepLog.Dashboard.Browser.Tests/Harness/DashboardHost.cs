using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>
/// A real Kestrel host on a free loopback port mapping the dashboard at <see cref="Prefix"/>, reading the steps file
/// through a store of its own, as an application beside the one that writes it would.
/// </summary>
internal sealed class DashboardHost : IAsyncDisposable
{
    public const string Prefix = "/steplog";

    private readonly WebApplication _app;
    private readonly SqliteStepStore _store;

    private DashboardHost(WebApplication app, SqliteStepStore store, Uri root)
    {
        _app = app;
        _store = store;
        Root = root;
    }

    /// <summary>The dashboard's Overview page, ending in a slash.</summary>
    public Uri Root { get; }

    public static async Task<DashboardHost> StartAsync(string stepsFile)
    {
        var store = new SqliteStepStore("Data Source=" + stepsFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IStepStore>(store);
        builder.Services.AddSingleton(store.Queries);
        var app = builder.Build();
        app.MapStepLogDashboard(Prefix);

        // No /favicon.ico here, as in an app that has none: the pages must keep the browser from asking for it, or its
        // 404 would be a console error on every page.
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardHost(app, store, new Uri(bound.TrimEnd('/') + Prefix + "/"));
    }

    /// <summary>The absolute URL of a dashboard path such as <c>runs/abc</c>.</summary>
    public string Url(string path) => new Uri(Root, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
    }
}

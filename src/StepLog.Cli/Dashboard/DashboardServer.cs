using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog.Cli.Dashboard;

/// <summary>
/// Kestrel serving the StepLog dashboard over one store, at the root of its address: the same pages an application
/// maps with <c>MapStepLogDashboard</c>. Its warnings and errors go to the command's standard error (<see cref="ErrorLog"/>),
/// so that standard output holds only what the command says.
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where the dashboard answers.</summary>
    public Uri Url { get; }

    /// <summary>
    /// Cancelled when the host stops by itself: its console lifetime takes SIGTERM (and may take SIGINT) for its own,
    /// so the command must end with it rather than wait for a token that signal never cancels.
    /// </summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The started server, or null and why the address cannot be listened on.</summary>
    public static async Task<(DashboardServer? Server, string? Problem)> StartAsync(IStepRecordQueries queries, IPEndPoint endpoint, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "steplog", ContentRootPath = AppContext.BaseDirectory });
        var log = new ErrorLog(error);
        builder.Logging.ClearProviders().AddProvider(log);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(endpoint));
        builder.Services.AddSingleton(queries);
        var app = builder.Build();

        // The dashboard answers only loopback requests unless allowed more: --host beyond this machine is that choice,
        // made knowingly (the command warns), since a command-line server has no authorization of its own to add.
        app.MapStepLogDashboard("/", options => options.AllowRemoteRequests = !IPAddress.IsLoopback(endpoint.Address));

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is IOException or SocketException or InvalidOperationException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            return (null, failure.Message);
        }

        log.Serving = true;
        var bound = new Uri(((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()!.Addresses.First());
        return (new DashboardServer(app, new UriBuilder(bound) { Path = "/" }.Uri), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

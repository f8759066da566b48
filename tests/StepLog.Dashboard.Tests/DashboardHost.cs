using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StepLog.Dashboard;

namespace StepLog.Dashboard.Tests;

/// <summary>
/// A web app with the dashboard mapped, served in-process by ASP.NET Core's TestServer (what WebApplicationFactory
/// hosts an app on). TestServer gives requests no remote address; a test names one with <see cref="RemoteHeader"/>,
/// which a middleware of this host (never of the dashboard) turns into the connection's remote address.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    public const string RemoteHeader = "X-Test-Remote-Address";
    public const string UserHeader = "X-Test-User";
    public const string Prefix = "/steplog";

    private readonly WebApplication _app;

    private DashboardHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>A host over the seeded store, with the dashboard at /steplog.</summary>
    public static Task<DashboardHost> StartAsync(
        Action<StepLogDashboardOptions>? configure = null,
        Action<IEndpointConventionBuilder>? conventions = null,
        Action<IServiceCollection>? services = null,
        IStepStore? store = null)
    {
        return StartCoreAsync(configure, conventions, services, store ?? Seeded.Store);
    }

    private static async Task<DashboardHost> StartCoreAsync(
        Action<StepLogDashboardOptions>? configure,
        Action<IEndpointConventionBuilder>? conventions,
        Action<IServiceCollection>? services,
        IStepStore store)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(store switch
        {
            QueuedStepStore queued => queued.Queries,
            IStepRecordQueries queries => queries,
            _ => throw new ArgumentException("A dashboard test store answers queries.", nameof(store)),
        });

        builder.Services.AddAuthentication("Test").AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>("Test", null);
        builder.Services.AddAuthorization(options => options.AddPolicy("ops", policy => policy.RequireAuthenticatedUser()));
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(RemoteHeader, out var remote))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        var dashboard = app.MapStepLogDashboard(Prefix, configure);
        conventions?.Invoke(dashboard);
        await app.StartAsync();
        return new DashboardHost(app);
    }

    /// <summary>A GET from this machine (the loopback address).</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(path, "127.0.0.1");

    /// <summary>A GET from the given remote address (null: none at all), optionally as a signed-in user.</summary>
    public Task<HttpResponseMessage> SendAsync(string path, string? remote, string? user = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, Prefix + path);
        if (remote is not null)
        {
            request.Headers.Add(RemoteHeader, remote);
        }

        if (user is not null)
        {
            request.Headers.Add(UserHeader, user);
        }

        return Client.SendAsync(request);
    }

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }

    /// <summary>A JSON twin, checked to answer 200 with JSON.</summary>
    public async Task<System.Text.Json.JsonDocument> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return System.Text.Json.JsonDocument.Parse(body);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Signs in whoever names themselves in <see cref="UserHeader"/>: the tests' stand-in for a real login.</summary>
    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(UserHeader, out var user))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], "Test");
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), "Test")));
        }
    }
}

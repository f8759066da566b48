using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace StepLog.Dashboard.Tests;

/// <summary>Who gets the dashboard: local requests by default; others only through a policy or the explicit option.</summary>
public sealed class DashboardAccessTests
{
    private const string Remote = "203.0.113.7";

    [Theory]
    [InlineData("/")]
    [InlineData("/runs")]
    [InlineData("/api/runs")]
    [InlineData("/errors")]
    [InlineData("/api/overview")]
    [InlineData("/assets/dashboard.js")]
    public async Task A_remote_request_without_a_policy_gets_403_and_no_data(string path)
    {
        await Seeded.IdsAsync();
        await using var host = await DashboardHost.StartAsync();

        using var response = await host.SendAsync(path, Remote);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Import documents", body);
        Assert.DoesNotContain("doc-1", body);
        Assert.Contains("RequireAuthorization", body);
    }

    [Fact]
    public async Task A_request_with_no_remote_address_is_not_local()
    {
        await using var host = await DashboardHost.StartAsync();

        using var response = await host.SendAsync("/runs", remote: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task A_loopback_request_is_served(string address)
    {
        await using var host = await DashboardHost.StartAsync();

        using var response = await host.SendAsync("/runs", address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    public async Task A_loopback_request_a_proxy_forwarded_is_not_local(string header, string value)
    {
        await using var host = await DashboardHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, DashboardHost.Prefix + "/runs");
        request.Headers.Add(DashboardHost.RemoteHeader, "127.0.0.1");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_remote_request_is_served_when_the_option_allows_remote_requests()
    {
        await using var host = await DashboardHost.StartAsync(options => options.AllowRemoteRequests = true);

        using var response = await host.SendAsync("/runs", Remote);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_RequireAuthorization_a_remote_signed_in_user_is_served_and_an_anonymous_one_is_not()
    {
        await using var host = await DashboardHost.StartAsync(conventions: dashboard => dashboard.RequireAuthorization("ops"));

        using var anonymous = await host.SendAsync("/runs", Remote);
        using var signedIn = await host.SendAsync("/runs", Remote, user: "oncall");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task With_a_policy_built_in_place_a_remote_signed_in_user_is_served()
    {
        await using var host = await DashboardHost.StartAsync(conventions: dashboard => dashboard.RequireAuthorization(policy => policy.RequireAuthenticatedUser()));

        using var anonymous = await host.SendAsync("/runs", Remote);
        using var signedIn = await host.SendAsync("/runs", Remote, user: "oncall");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task AllowAnonymous_on_top_of_a_policy_leaves_the_dashboard_local_only()
    {
        await using var host = await DashboardHost.StartAsync(conventions: dashboard => dashboard.RequireAuthorization("ops").AllowAnonymous());

        using var response = await host.SendAsync("/runs", Remote);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task The_dashboard_is_read_only(string method)
    {
        await using var host = await DashboardHost.StartAsync();

        using var response = await host.SendAsync("/runs", "127.0.0.1", method: new HttpMethod(method));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/", "127.0.0.1")]
    [InlineData("/runs", "127.0.0.1")]
    [InlineData("/runs?status=bogus", "127.0.0.1")]
    [InlineData("/runs/0000000000000000", "127.0.0.1")]
    [InlineData("/api/runs/0000000000000000", "127.0.0.1")]
    [InlineData("/subjects/doc-1", "127.0.0.1")]
    [InlineData("/errors", "127.0.0.1")]
    [InlineData("/batches", "127.0.0.1")]
    [InlineData("/api/batches", "127.0.0.1")]
    [InlineData("/no/such/page", "127.0.0.1")]
    [InlineData("/assets/dashboard.css", "127.0.0.1")]
    [InlineData("/runs", Remote)]
    public async Task Every_response_carries_the_content_security_policy_and_nosniff(string path, string remote)
    {
        await Seeded.IdsAsync();
        await using var host = await DashboardHost.StartAsync();

        using var response = await host.SendAsync(path, remote);

        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Mapping_the_dashboard_without_a_store_names_AddStepRecords()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapStepLogDashboard());

        Assert.Contains("IStepRecordQueries", error.Message);
        Assert.Contains("AddStepRecords", error.Message);
    }

    [Theory]
    [InlineData("steplog")]
    [InlineData("/steplog/{id}")]
    [InlineData("/step log")]
    public async Task A_prefix_that_is_not_a_literal_path_is_refused_by_name(string prefix)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddStepRecords(options => options.UseInMemory());
        await using var app = builder.Build();

        var error = Assert.Throws<ArgumentException>(() => app.MapStepLogDashboard(prefix));

        Assert.Equal("prefix", error.ParamName);
        Assert.Contains(prefix, error.Message);
    }

    [Fact]
    public async Task A_dashboard_over_AddStepRecords_reads_its_store()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddStepRecords(options => options.UseInMemory());
        await using var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
            return next(context);
        });
        app.MapStepLogDashboard();
        await app.StartAsync();
        var store = app.Services.GetRequiredService<IStepStore>();
        await store.AddAsync(new StepRecord("doc-9", "Wired op", StepStatus.Running) { Operation = "Wired op", OperationId = "0123456789abcdef" });

        using var client = app.GetTestClient();
        var page = await client.GetStringAsync("/steplog/runs");

        Assert.Contains("Wired op", page);
    }
}

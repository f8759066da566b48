using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace StepLog.Dashboard.Tests;

/// <summary>The options: checked when the dashboard is mapped, and what they change on the pages.</summary>
public sealed class DashboardOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task A_page_size_out_of_range_is_refused_by_name(int size)
    {
        await using var app = NewApp();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => app.MapStepLogDashboard(configure: options => options.PageSize = size));

        Assert.Equal("PageSize", error.ParamName);
        Assert.Contains("from 1 to 200", error.Message);
    }

    [Theory]
    [InlineData("javascript:alert(1)//{trace_id}")]
    [InlineData("data:text/html,{trace_id}")]
    [InlineData("/trace/{trace_id}")]
    public async Task A_trace_link_that_is_not_an_http_url_is_refused_by_name(string template)
    {
        await using var app = NewApp();

        var error = Assert.Throws<ArgumentException>(() => app.MapStepLogDashboard(configure: options => options.TraceUrlTemplate = template));

        Assert.Equal("TraceUrlTemplate", error.ParamName);
        Assert.Contains("http", error.Message);
    }

    [Fact]
    public async Task A_trace_link_that_needs_a_trace_id_the_records_do_not_carry_is_left_out()
    {
        var ids = await Seeded.IdsAsync();
        await using var host = await DashboardHost.StartAsync(options => options.TraceUrlTemplate = "http://localhost:16686/trace/{trace_id}");

        var page = await host.GetStringAsync("/runs/" + ids.Failed);

        Assert.DoesNotContain("localhost:16686", page);
        Assert.DoesNotContain("{trace_id}", page);
    }

    [Fact]
    public async Task The_page_size_option_sets_how_many_runs_a_page_lists()
    {
        await Seeded.IdsAsync();
        await using var host = await DashboardHost.StartAsync(options => options.PageSize = 4);

        var page = await host.GetStringAsync("/runs?operation=" + Uri.EscapeDataString(Seeded.PagingOperation));

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(page, "<tr class=\"run "));
        Assert.Contains("class=\"older\"", page);
    }

    [Fact]
    public async Task A_store_that_fails_is_a_503_naming_the_error_type_and_never_its_message()
    {
        await using var host = await DashboardHost.StartAsync(services: services => services.AddSingleton<IStepRecordQueries>(new FailingQueries()));

        using var html = await host.GetAsync("/runs");
        using var json = await host.GetAsync("/api/runs");
        var body = await html.Content.ReadAsStringAsync() + await json.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, html.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
        Assert.Contains("TimeoutException", body);
        Assert.DoesNotContain("Password", body);
    }

    [Fact]
    public async Task A_store_whose_queries_cannot_be_made_is_a_503_on_its_pages_and_a_404_elsewhere()
    {
        await using var host = await DashboardHost.StartAsync(services: services =>
            services.AddSingleton<IStepRecordQueries>(_ => throw new InvalidOperationException("The step store answers no queries.")));

        using var page = await host.GetAsync("/runs");
        using var missing = await host.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("InvalidOperationException", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Links_carry_the_applications_path_base()
    {
        var ids = await Seeded.IdsAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IStepRecordQueries>(Seeded.Store);
        await using var app = builder.Build();
        app.UsePathBase("/app");
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
            return next(context);
        });
        app.UseRouting();
        app.MapStepLogDashboard();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var page = await client.GetStringAsync("/app/steplog/runs?operation=Import%20documents");

        Assert.Contains("href=\"/app/steplog/runs/" + ids.Failed + "\"", page);
        Assert.Contains("href=\"/app/steplog/assets/dashboard.css\"", page);
    }

    private static WebApplication NewApp()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IStepRecordQueries>(Seeded.Store);
        return builder.Build();
    }

    /// <summary>A store whose database is gone, with a secret in its error, as a driver's message may hold.</summary>
    private sealed class FailingQueries : IStepRecordQueries
    {
        private static Exception Fault => new TimeoutException("Host=db;Password=hunter2: timed out");

        public Task<IReadOnlyList<StepRecord>> GetStepsAsync(string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default) => throw Fault;

        public Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) => throw Fault;

        public Task<StepRunPage> GetRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default) => throw Fault;

        public Task<StepRunDetail?> GetRunAsync(string operationId, CancellationToken cancellationToken = default) => throw Fault;

        public Task<StepOverview> GetOverviewAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket, CancellationToken cancellationToken = default) => throw Fault;

        public Task<IReadOnlyList<StepErrorGroup>> GetErrorGroupsAsync(DateTimeOffset since, bool includeWarnings = false, int limit = 100, CancellationToken cancellationToken = default) => throw Fault;
    }
}

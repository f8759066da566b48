using System.Net;
using StepLog.Records.Tests.Stores;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>
/// <c>steplog dashboard</c> over PostgreSQL, in a schema of its own filled by the seeder's real runs. In CI (CI=true) a
/// missing server fails this test, never skips it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardCommandTests(PostgresServer server) : IDisposable
{
    private readonly List<string> _schemas = [];

    [Fact]
    public async Task It_serves_a_run_page_and_its_JSON_over_a_PostgreSQL_database_and_never_prints_the_password()
    {
        var connectionString = server.CreateSchema(out var schema);
        _schemas.Add(schema);
        SeededSteps.Write(connectionString);

        await using var dashboard = await RunningDashboard.StartAsync("--store", connectionString);
        Assert.True(dashboard.Url is not null, dashboard.ToString());
        using var http = new HttpClient { BaseAddress = dashboard.Url };
        using var runs = await http.GetAsync("api/runs?operation=" + Uri.EscapeDataString("Process order"));
        var json = await runs.Content.ReadAsStringAsync();
        var run = System.Text.RegularExpressions.Regex.Match(json, "\"operation_id\":\"([0-9a-f]{16})\"").Groups[1].Value;
        Assert.True(run.Length == 16, json);
        using var page = await http.GetAsync("runs/" + run);

        Assert.True(runs.StatusCode == HttpStatusCode.OK, $"{runs.StatusCode} {json}");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {await page.Content.ReadAsStringAsync()}");
        Assert.Contains("Charge card", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await dashboard.StopAsync());
        Assert.DoesNotContain("Password", dashboard.Output + dashboard.Error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        foreach (var schema in _schemas)
        {
            server.DropSchema(schema);
        }
    }
}

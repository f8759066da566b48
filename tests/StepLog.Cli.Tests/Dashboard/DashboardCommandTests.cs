using System.Net;
using System.Net.Sockets;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>
/// <c>steplog dashboard</c> serves the dashboard's pages and their JSON over a store written by real StepLog runs, on
/// this machine only unless told otherwise, and says clearly what it cannot open or listen on.
/// </summary>
public sealed class DashboardCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task It_serves_the_pages_and_their_JSON_over_a_SQLite_file_on_a_free_port_until_stopped()
    {
        var steps = SeededSteps.Write(_folder.File("steps.db"));

        await using var dashboard = await RunningDashboard.StartAsync("--store", steps);
        Assert.True(dashboard.Url is not null, dashboard.ToString());
        using var http = new HttpClient { BaseAddress = dashboard.Url };

        using var page = await http.GetAsync("");
        using var runs = await http.GetAsync("api/runs");

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {await page.Content.ReadAsStringAsync()}");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.True(runs.StatusCode == HttpStatusCode.OK, $"{runs.StatusCode} {await runs.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", runs.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Process order", await runs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(0, dashboard.Url!.Port);
        Assert.Equal(0, await dashboard.StopAsync());
        Assert.Empty(dashboard.Error);
    }

    [Fact]
    public async Task By_default_it_listens_on_loopback_only()
    {
        var steps = SeededSteps.Write(_folder.File("steps.db"));

        await using var dashboard = await RunningDashboard.StartAsync("--store", steps);

        Assert.True(dashboard.Url is not null, dashboard.ToString());
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(dashboard.Url!.Host)), dashboard.Url.ToString());
        Assert.Equal(IPAddress.Loopback, Program.CreateRootCommand().Parse(["dashboard", "--store", steps]).GetValue<IPAddress>("--host"));
    }

    [Fact]
    public async Task A_host_beyond_this_machine_is_served_with_a_warning_that_it_exposes_the_records()
    {
        var steps = SeededSteps.Write(_folder.File("steps.db"));

        await using var dashboard = await RunningDashboard.StartAsync("--store", steps, "--host", "0.0.0.0");

        Assert.True(dashboard.Url is not null, dashboard.ToString());
        Assert.Contains("whoever reaches it can read", dashboard.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_exit_code_2_naming_it_and_is_not_created()
    {
        var path = _folder.File("typo.db");

        await using var dashboard = await RunningDashboard.StartAsync("--store", path);

        Assert.Equal(2, dashboard.EndedWith);
        Assert.Equal($"steplog dashboard: the SQLite database '{path}' does not exist: give the path of the file the SqliteStepStore writes.", dashboard.Error.Trim());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_exit_code_2_naming_it()
    {
        // Port 1 of this machine: refused at once, no server needed.
        await using var dashboard = await RunningDashboard.StartAsync("--store", "Host=127.0.0.1;Port=1;Database=nowhere;Username=steplog;Timeout=5");

        Assert.Equal(2, dashboard.EndedWith);
        Assert.StartsWith("steplog dashboard: cannot open the PostgreSQL database 'nowhere' on 127.0.0.1: ", dashboard.Error, StringComparison.Ordinal);
        Assert.Null(dashboard.Url);
    }

    [Fact]
    public async Task A_port_in_use_is_exit_code_2_saying_to_choose_another()
    {
        var steps = SeededSteps.Write(_folder.File("steps.db"));
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await using var dashboard = await RunningDashboard.StartAsync("--store", steps, "--port", port.ToString());

        Assert.Equal(2, dashboard.EndedWith);
        Assert.StartsWith($"steplog dashboard: cannot listen on 127.0.0.1:{port}: ", dashboard.Error, StringComparison.Ordinal);
        Assert.Contains("choose another --port", dashboard.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "http", "--port: 'http' is not a port number; give one from 0 to 65535 (0 takes a free one).")]
    [InlineData("--port", "70000", "--port: '70000' is not a port number; give one from 0 to 65535 (0 takes a free one).")]
    [InlineData("--host", "example.com", "--host: 'example.com' is not an IP address; give 127.0.0.1 (this machine only, the default), 0.0.0.0 (every interface) or one of this machine's addresses.")]
    public async Task A_bad_port_or_host_is_a_usage_error_naming_it(string option, string value, string message)
    {
        var result = await CliRun.RunAsync("dashboard", "--store", "steps.db", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("steplog: " + message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_says_that_another_host_exposes_the_records()
    {
        var help = await CliRun.RunAsync("dashboard", "--help");

        Assert.Contains("exposes the step records", System.Text.RegularExpressions.Regex.Replace(help.Output, @"\s+", " "), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

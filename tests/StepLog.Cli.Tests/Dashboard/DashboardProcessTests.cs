using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Dashboard;

/// <summary>
/// <c>steplog dashboard</c> as a process of its own: it stops, exit code 0, on Ctrl+C (SIGINT) and on SIGTERM (what a
/// service manager or a container sends), since the served host must not take the signal for itself and leave the
/// command waiting; and <c>--open</c> with no browser to start says so and serves on. The tests wait for the URL line,
/// never for time.
/// </summary>
public sealed class DashboardProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(DashboardProcess.SigInt)]
    [InlineData(DashboardProcess.SigTerm)]
    public async Task A_signal_stops_the_command_with_exit_code_0(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var steps = SeededSteps.Write(_folder.File("steps.db"));
        using var dashboard = DashboardProcess.Start(["--store", steps]);
        Assert.Contains("(Ctrl+C stops it)", dashboard.FirstLine());

        dashboard.Signal(signal);

        var (exitCode, error) = await dashboard.ExitAsync();
        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
    }

    [Fact]
    public async Task Open_without_a_browser_to_open_says_so_and_serves_on()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var steps = SeededSteps.Write(_folder.File("steps.db"));

        // A PATH with nothing on it: no xdg-open (or open) to start a browser with.
        using var dashboard = DashboardProcess.Start(["--store", steps, "--open"], new Dictionary<string, string> { ["PATH"] = _folder.Path });
        var url = System.Text.RegularExpressions.Regex.Match(dashboard.FirstLine(), @"(http://\S+/) \(Ctrl\+C stops it\)").Groups[1].Value;
        using var http = new HttpClient();
        using var page = await http.GetAsync(url);
        dashboard.Signal(DashboardProcess.SigTerm);

        var (exitCode, error) = await dashboard.ExitAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.Contains($"steplog dashboard: could not open a browser (", error, StringComparison.Ordinal);
        Assert.Contains($"open {url} yourself.", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

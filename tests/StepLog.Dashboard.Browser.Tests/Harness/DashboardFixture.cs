using System.Reflection;
using StepLog.Dashboard.Seeder;

namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>
/// What every page test reads: a steps file seeded by real runs, the dashboard served over it by Kestrel, and one
/// headless browser. Screenshots go to <see cref="ScreenshotFolder"/>, under the test output.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("steplog-dashboard-browser-");
    private SeededStore? _seeded;
    private DashboardHost? _host;
    private HeadlessBrowser? _browser;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "dashboard-screenshots");

    /// <summary>The repository's docs folder, for the screenshot the README shows.</summary>
    public static string DocsFolder { get; } = Path.Combine(
        typeof(DashboardFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(meta => meta.Key == "RepositoryRoot").Value!, "docs");

    internal SeededStore Seeded => _seeded ?? throw new InvalidOperationException("The store has not been seeded.");

    internal DashboardHost Host => _host ?? throw new InvalidOperationException("The dashboard has not started.");

    internal HeadlessBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var file = Path.Combine(_folder.FullName, "steps.db");
        _seeded = await SeededStore.CreateAsync(file);
        _host = await DashboardHost.StartAsync(file);
        _browser = await HeadlessBrowser.LaunchAsync();
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_seeded is not null)
        {
            await _seeded.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The page tests share one seeded store, host and browser, and run one at a time: the seeder's store is the process's.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "Dashboard";
}

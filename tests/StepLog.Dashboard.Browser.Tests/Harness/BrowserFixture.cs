namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>One headless browser shared by the tests of a collection; each test opens its own tab.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private HeadlessBrowser? _browser;

    internal HeadlessBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync() => _browser = await HeadlessBrowser.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}

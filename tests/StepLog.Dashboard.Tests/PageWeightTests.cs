using System.Text;

namespace StepLog.Dashboard.Tests;

/// <summary>
/// The heaviest pages a link can ask for, over a store with many runs: each stays under 200 KB with its stylesheet and
/// script, so the dashboard opens fast on a slow VPN at 3 a.m.
/// </summary>
public sealed class PageWeightTests : IAsyncLifetime
{
    private const string Batch = "4ea7000000000001";
    private readonly InMemoryStepStore _store = new();
    private DashboardHost _host = null!;

    public async Task InitializeAsync()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        await _store.AddAsync(new StepRecord(Batch, "Heavy batch", StepStatus.Running) { Operation = "Heavy batch", OperationId = Batch, RunKind = StepRunKind.Batch, TotalSteps = 1000, Timestamp = start });
        for (var i = 0; i < 1000; i++)
        {
            var id = "4ea71" + i.ToString("x11");
            var at = start.AddSeconds(i);
            var error = i % 3 == 0 ? "failed on row " + i + ": " + new string('x', 200) : null;
            await _store.AddAsync(new StepRecord("heavy-subject", "Heavy item", StepStatus.Running) { Operation = "Heavy item", OperationId = id, ParentOperationId = Batch, Timestamp = at });
            await _store.AddAsync(new StepRecord("heavy-subject", "Heavy item", error is null ? StepStatus.Success : StepStatus.Failed)
            {
                Operation = "Heavy item", OperationId = id, ParentOperationId = Batch, DurationMs = 900, ErrorMessage = error, Timestamp = at.AddMilliseconds(900),
            });
        }

        _host = await DashboardHost.StartAsync(store: _store);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/?window=week")]
    [InlineData("/runs?limit=200")]
    [InlineData("/runs/" + Batch)]
    [InlineData("/subjects/heavy-subject")]
    [InlineData("/errors?warnings=true")]
    [InlineData("/batches")]
    public async Task The_heaviest_page_a_link_can_ask_for_weighs_under_200_KB(string path)
    {
        var bytes = Encoding.UTF8.GetByteCount(await _host.GetStringAsync(path))
            + Encoding.UTF8.GetByteCount(await _host.GetStringAsync("/assets/dashboard.css"))
            + Encoding.UTF8.GetByteCount(await _host.GetStringAsync("/assets/dashboard.js"));

        Assert.True(bytes < 200 * 1024, $"{path} weighs {bytes} bytes with its assets");
    }

    [Fact]
    public async Task A_page_larger_than_a_page_may_be_is_a_400_that_points_to_the_json_twin()
    {
        using var html = await _host.GetAsync("/runs?limit=500");
        using var json = await _host.GetJsonAsync("/api/runs?limit=500");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Contains("/api/runs", await html.Content.ReadAsStringAsync());
        Assert.Equal(500, json.RootElement.GetProperty("runs").GetArrayLength());
    }
}

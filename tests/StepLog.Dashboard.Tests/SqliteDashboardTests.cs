using System.Net;
using System.Text.Json;

namespace StepLog.Dashboard.Tests;

/// <summary>The dashboard over a real SQLite steps file: the store most applications and the steplog tool read.</summary>
public sealed class SqliteDashboardTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "steplog-dashboard-" + Guid.NewGuid().ToString("N") + ".db");
    private SqliteStepStore _store = null!;
    private DashboardHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteStepStore("Data Source=" + _file);
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);
        for (var i = 0; i < 12; i++)
        {
            var id = "5a1e0000000000" + i.ToString("x2");
            var failed = i % 4 == 0;
            var at = start.AddSeconds(i * 10);
            await _store.AddAsync(new StepRecord("doc-" + i, "Sqlite op", StepStatus.Running) { Operation = "Sqlite op", OperationId = id, TotalSteps = 1, Timestamp = at });
            await _store.AddAsync(new StepRecord("doc-" + i, "Load", StepStatus.Running) { Operation = "Sqlite op", OperationId = id, StepNumber = 1, TotalSteps = 1, Timestamp = at.AddMilliseconds(1) });
            await _store.AddAsync(new StepRecord("doc-" + i, "Load", failed ? StepStatus.Failed : StepStatus.Success)
            {
                Operation = "Sqlite op", OperationId = id, StepNumber = 1, TotalSteps = 1, DurationMs = 40, ErrorMessage = failed ? Seeded.Xss : null, Timestamp = at.AddMilliseconds(41),
            });
            await _store.AddAsync(new StepRecord("doc-" + i, "Sqlite op", failed ? StepStatus.Failed : StepStatus.Success)
            {
                Operation = "Sqlite op", OperationId = id, TotalSteps = 1, DurationMs = 50, ErrorMessage = failed ? Seeded.Xss : null, Timestamp = at.AddMilliseconds(50),
            });
        }

        await _store.FlushAsync();
        _host = await DashboardHost.StartAsync(store: _store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_page_of_runs_is_read_once_from_a_steps_file()
    {
        var ids = new List<string>();
        string? next = "/api/runs?limit=5";
        while (next is not null)
        {
            using var json = JsonDocument.Parse(await _host.GetStringAsync(next));
            ids.AddRange(json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("operation_id").GetString()!));
            var older = json.RootElement.GetProperty("older");
            next = older.ValueKind == JsonValueKind.Null ? null : older.GetString()![DashboardHost.Prefix.Length..];
        }

        Assert.Equal(Enumerable.Range(0, 12).Reverse().Select(i => "5a1e0000000000" + i.ToString("x2")), ids);
    }

    [Fact]
    public async Task A_failed_run_from_a_steps_file_is_shown_failed_with_its_error_encoded()
    {
        var page = await _host.GetStringAsync("/runs/5a1e000000000004");
        var errors = await _host.GetStringAsync("/errors");

        Assert.Contains("<tr class=\"step failed\" data-status=\"failed\" data-step=\"1\"", page);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page);
        Assert.DoesNotContain("<img", page + errors);
        Assert.Contains("data-count=\"3\"", errors);
    }

    [Fact]
    public async Task The_overview_and_a_subject_read_from_a_steps_file()
    {
        using var overview = JsonDocument.Parse(await _host.GetStringAsync("/api/overview"));
        using var subject = await _host.GetAsync("/subjects/doc-7");
        using var nobody = await _host.GetAsync("/subjects/doc-99");

        var totals = overview.RootElement.GetProperty("totals");
        Assert.Equal(12, totals.GetProperty("runs").GetInt64());
        Assert.Equal(3, totals.GetProperty("failed").GetInt64());
        Assert.Equal(HttpStatusCode.OK, subject.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }
}

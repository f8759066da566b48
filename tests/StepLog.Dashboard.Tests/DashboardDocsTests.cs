using System.Reflection;

namespace StepLog.Dashboard.Tests;

/// <summary>docs/dashboard.md describes the dashboard that ships: every option, every page and its JSON twin.</summary>
public sealed class DashboardDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(
        typeof(DashboardDocsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "docs", "dashboard.md"));

    public static TheoryData<string> Options() => new(typeof(StepLogDashboardOptions).GetProperties().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Options))]
    public void Every_option_is_in_the_options_table(string option) =>
        Assert.Contains("| `" + option + "` |", Docs);

    [Theory]
    [InlineData("/api/overview")]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/{operation_id}")]
    [InlineData("/api/subjects/{subject_id}")]
    [InlineData("/api/errors")]
    [InlineData("/api/batches")]
    public async Task Every_json_twin_in_the_docs_answers(string path)
    {
        var ids = await Seeded.IdsAsync();
        await using var host = await DashboardHost.StartAsync();
        Assert.Contains("`" + path + "`", Docs);

        using var json = await host.GetJsonAsync(path.Replace("{operation_id}", ids.Failed).Replace("{subject_id}", "doc-1"));
    }
}

using System.Reflection;
using PublicApiGenerator;

namespace StepLog.PublicApi.Tests;

/// <summary>
/// The public surface of every assembly the packages ship, compared with its approved text (Approved/*.approved.txt).
/// A change to the public API is a reviewed diff, never an accident: on a mismatch the new surface is written beside
/// the approved one as *.received.txt and the test fails; with STEPLOG_ACCEPT_SNAPSHOTS=1 it is approved instead.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> ShippedAssemblies() => new(Assemblies.Keys);

    private static readonly Dictionary<string, Func<Assembly>> Assemblies = new()
    {
        ["StepLog.Runtime.net9.0"] = () => typeof(StepLogger).Assembly,
        ["StepLog.Runtime.net8.0"] = () => Assembly.LoadFile(Metadata("RuntimeNet8Assembly")),
        ["StepLog.Runtime.netstandard2.0"] = () => Assembly.LoadFile(Metadata("RuntimeNetStandardAssembly")),
        ["StepLog.Generators"] = () => Assembly.Load("StepLog.Generators"),
        ["StepLog.Analyzers"] = () => Assembly.Load("StepLog.Analyzers"),
        ["StepLog.Records.Sqlite"] = () => typeof(StepLog.Records.SqliteStepStore).Assembly,
        ["StepLog.Records.PostgreSql"] = () => typeof(StepLog.Records.PostgresStepStore).Assembly,
        ["StepLog.HealthChecks"] = () => typeof(StepLog.StepHealthCheck).Assembly,
        ["StepLog.Dashboard"] = () => typeof(StepLog.Dashboard.StepLogDashboardOptions).Assembly,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Public_api_matches_its_approved_text(string name)
    {
        var api = Assemblies[name]().GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");

        var directory = Metadata("ApprovedDirectory");
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == api)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("STEPLOG_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approvedPath, api);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail(approved is null
            ? $"No approved API {name}.approved.txt; the surface is in {name}.received.txt. Review it, then rename it."
            : $"The public API of {name} differs from {name}.approved.txt; see {name}.received.txt. A change to the public API must be reviewed: approve it by renaming the received file.");
    }

    private static string Metadata(string key) =>
        typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

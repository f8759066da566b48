using StepLog.Package.Tests;

namespace StepLog.Deploy.Tests;

/// <summary>The files of deploy/ that ship.</summary>
internal static class DeployFiles
{
    public static string Directory => Path.Combine(Repository.Root, "deploy");

    public static string Rules => Path.Combine(Directory, "prometheus", "steplog.rules.yml");

    public static string RuleTests => Path.Combine(Directory, "prometheus", "tests");

    public static string Dashboard => Path.Combine(Directory, "grafana", "steplog.json");
}

using System.Reflection;

namespace StepLog.Package.Tests;

/// <summary>Where the repository and this build are.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string RuntimeProject => Path.Combine(Root, "src", "StepLog.Runtime", "StepLog.Runtime.csproj");

    public static string CliProject => Path.Combine(Root, "src", "StepLog.Cli", "StepLog.Cli.csproj");

    /// <summary>Debug or Release: the configuration this test assembly, and so the runtime it built first, was built in.</summary>
    public static string BuildConfiguration { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "StepLogBuildConfiguration").Value!;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StepLog.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No StepLog.sln above {AppContext.BaseDirectory}.");
    }
}

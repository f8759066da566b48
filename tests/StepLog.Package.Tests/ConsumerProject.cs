namespace StepLog.Package.Tests;

/// <summary>
/// A fresh console project outside the repository, as `dotnet new console` + `dotnet add package StepLog` make it:
/// net10.0, nullable, warnings as errors, a PackageReference to StepLog and nothing else of ours.
/// </summary>
internal sealed class ConsumerProject
{
    private const string Name = "NewUserApp";

    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>
    /// Creates the project in its own folder of the run's temp folder. The run's nuget.config (written once) takes
    /// StepLog from the local feed only and everything else from the usual source, into a private packages folder,
    /// so that no StepLog cached by an earlier run can be picked up.
    /// </summary>
    public static ConsumerProject Create(PackedPackage package, string folder, string programSource) =>
        Create(package, folder, programSource, """
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            """);

    /// <summary>A project with the given target properties instead of a net10.0 console app's.</summary>
    public static ConsumerProject Create(PackedPackage package, string folder, string source, string targetProperties)
    {
        WriteSharedFiles(package);
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(package.WorkDirectory, folder)).FullName;
        File.WriteAllText(Path.Combine(directory, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {targetProperties.Replace("\n", "\n    ", StringComparison.Ordinal)}
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)../packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StepLog" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), source);
        return new ConsumerProject(directory);
    }

    public CommandResult Build() =>
        DotNetCli.Run(Directory, "build", "-c", "Release", "--disable-build-servers", "-nologo", "-clp:NoSummary");

    /// <summary>Builds the project and fails the test unless it built with no warning at all: a user's first build is clean.</summary>
    public void AssertBuildsCleanly()
    {
        var build = Build();
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotMatch(@"warning [A-Z]+\d+", build.StandardOutput);
    }

    /// <summary>Builds cleanly (see <see cref="AssertBuildsCleanly"/>), runs the app and fails the test unless it exits 0.</summary>
    public CommandResult BuildCleanlyAndRun()
    {
        AssertBuildsCleanly();
        var run = Run();
        Assert.True(run.ExitCode == 0, run.Describe());
        return run;
    }

    /// <summary>Runs the built app with no logging variables set: the zero-configuration defaults.</summary>
    public CommandResult Run() =>
        DotNetCli.Run(Directory, Path.Combine("bin", "Release", "net10.0", Name + ".dll"));

    /// <summary>The run's nuget.config and the empty build files that fence its projects off from any folder above.</summary>
    internal static void WriteSharedFiles(PackedPackage package)
    {
        var root = package.WorkDirectory;
        var config = Path.Combine(root, "nuget.config");
        if (File.Exists(config))
        {
            return;
        }

        File.WriteAllText(config, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="steplog-local" value="feed" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="steplog-local">
                  <package pattern="StepLog" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Empty build files stop MSBuild from importing any Directory.Build.* found further up the temp path.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, file), "<Project />" + Environment.NewLine);
        }
    }
}

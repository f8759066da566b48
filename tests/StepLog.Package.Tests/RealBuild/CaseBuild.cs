using System.Security;
using System.Text;

namespace StepLog.Package.Tests.RealBuild;

/// <summary>
/// Every case of BuildCases/ as its own project that references the packed StepLog, built by ONE `dotnet build` of a
/// solution listing them all: one restore, one MSBuild, the projects compiled side by side. A project that fails does
/// not stop the others; each one's csc writes every diagnostic it reports to build.sarif beside it.
/// </summary>
internal sealed class CaseBuild
{
    private const string SarifFile = "build.sarif";

    private static readonly object Gate = new();
    private static CaseBuild? built;

    private CaseBuild(string directory, CommandResult result)
    {
        Directory = directory;
        Result = result;
    }

    /// <summary>The folder that holds one sub-folder per case project.</summary>
    public string Directory { get; }

    /// <summary>The output of the one build, for failure messages.</summary>
    public CommandResult Result { get; }

    /// <summary>The build of every case, made on first use and shared by all tests of the run.</summary>
    public static CaseBuild Of(PackedPackage package)
    {
        lock (Gate)
        {
            return built ??= Build(package, BuildCase.All());
        }
    }

    /// <summary>What csc reported for a case, or null when it never compiled it (see <see cref="Result"/>).</summary>
    public IReadOnlyList<ReportedDiagnostic>? Diagnostics(BuildCase buildCase)
    {
        var project = Path.Combine(Directory, buildCase.Name);
        var sarif = Path.Combine(project, SarifFile);
        return File.Exists(sarif) ? SarifLog.Read(sarif, project) : null;
    }

    private static CaseBuild Build(PackedPackage package, IReadOnlyList<BuildCase> cases)
    {
        ConsumerProject.WriteSharedFiles(package);
        var root = System.IO.Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "cases")).FullName;
        var solution = new StringBuilder("<Solution>").AppendLine();
        foreach (var buildCase in cases)
        {
            var project = WriteProject(package, root, buildCase);
            solution.AppendLine($"  <Project Path=\"{SecurityElement.Escape(BuildCase.RelativePath(root, project))}\" />");
        }

        solution.AppendLine("</Solution>");
        File.WriteAllText(Path.Combine(root, "cases.slnx"), solution.ToString());

        // Dozens of small projects in one build: more than the 4 minutes one project is given on a busy machine.
        var result = DotNetCli.Run(root, TimeSpan.FromMinutes(15), "build", "cases.slnx", "-c", "Release", "--disable-build-servers", "-nologo", "-clp:NoSummary");
        return new CaseBuild(root, result);
    }

    // A fresh library as `dotnet new classlib` makes it (net10.0, implicit usings, nullable), with the package as the
    // user adds it. Warnings stay warnings, so each diagnostic keeps its own severity in the log.
    private static string WriteProject(PackedPackage package, string root, BuildCase buildCase)
    {
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(root, buildCase.Name)).FullName;
        foreach (var file in System.IO.Directory.EnumerateFiles(buildCase.Directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(buildCase.Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var project = Path.Combine(directory, buildCase.Name + ".csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)../../packages</RestorePackagesPath>
                <ErrorLog>$(MSBuildThisFileDirectory){SarifFile},version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StepLog" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }
}

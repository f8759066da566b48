using System.IO.Compression;
using System.Xml.Linq;

namespace StepLog.Package.Tests;

/// <summary>
/// Packs StepLog once for all end-to-end tests into a temporary folder, which also holds the consumer projects and
/// their private NuGet cache, and is deleted afterwards.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        WorkDirectory = Directory.CreateTempSubdirectory("steplog-e2e-").FullName;
        FeedDirectory = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;

        // The build that compiled these tests built the runtime, generator and analyzers first; pack reuses that output.
        var pack = DotNetCli.Run(Repository.Root, "pack", Repository.RuntimeProject, "-c", Repository.BuildConfiguration, "--no-build", "-o", FeedDirectory);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing StepLog failed." + Environment.NewLine + pack.Describe());
        }

        PackagePath = Directory.GetFiles(FeedDirectory, "StepLog.*.nupkg").Single();
        SymbolsPath = Directory.GetFiles(FeedDirectory, "StepLog.*.snupkg").SingleOrDefault();
        using var archive = ZipFile.OpenRead(PackagePath);
        Entries = archive.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        using var nuspec = archive.GetEntry("StepLog.nuspec")!.Open();
        Nuspec = XDocument.Load(nuspec);
        Version = Metadata("version") ?? throw new InvalidOperationException("The nuspec has no version.");
        _toolPackage = new Lazy<string>(PackTool);
    }

    /// <summary>The steplog tool's package (StepLog.Cli), packed into the same feed the first time a test asks for it.</summary>
    public string ToolPackagePath => _toolPackage.Value;

    /// <summary>The version of <see cref="ToolPackagePath"/>.</summary>
    public string ToolVersion => Path.GetFileNameWithoutExtension(ToolPackagePath)["StepLog.Cli.".Length..];

    private readonly Lazy<string> _toolPackage;

    /// <summary>The temporary folder of this run.</summary>
    public string WorkDirectory { get; }

    /// <summary>The local package source: the packed .nupkg and .snupkg.</summary>
    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public string? SymbolsPath { get; }

    public string Version { get; }

    /// <summary>Every file in the package, by path.</summary>
    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    /// <summary>The text of a child of the nuspec's metadata element, e.g. "id" or "license".</summary>
    public string? Metadata(string name) => MetadataElement(name)?.Value;

    public XElement? MetadataElement(string name) =>
        Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().SingleOrDefault(e => e.Name.LocalName == name);

    // Like the runtime, packed from the output of the build that compiled these tests.
    private string PackTool()
    {
        var pack = DotNetCli.Run(Repository.Root, "pack", Repository.CliProject, "-c", Repository.BuildConfiguration, "--no-build", "-o", FeedDirectory);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing the steplog tool failed." + Environment.NewLine + pack.Describe());
        }

        return Directory.GetFiles(FeedDirectory, "StepLog.Cli.*.nupkg").Single();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process that is ending; the system's temp cleanup takes it later.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed StepLog";
}

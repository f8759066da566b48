namespace StepLog.Package.Tests;

/// <summary>What `dotnet pack` puts in the one StepLog package, read from the .nupkg itself.</summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class PackageLayoutTests(PackedPackage package)
{
    [Fact]
    public void Package_holds_the_runtime_for_each_target_and_the_roslyn_components_as_analyzers()
    {
        var payload = package.Entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("analyzers/", StringComparison.Ordinal));

        Assert.Equal(
            [
                "analyzers/dotnet/cs/StepLog.Analyzers.dll",
                "analyzers/dotnet/cs/StepLog.Generators.dll",
                "lib/net8.0/StepLog.Runtime.dll",
                "lib/net8.0/StepLog.Runtime.xml",
                "lib/net9.0/StepLog.Runtime.dll",
                "lib/net9.0/StepLog.Runtime.xml",
                "lib/netstandard2.0/StepLog.Runtime.dll",
                "lib/netstandard2.0/StepLog.Runtime.xml",
            ],
            payload);
    }

    [Fact]
    public void Package_is_StepLog_with_license_repository_and_symbols()
    {
        Assert.Equal("StepLog", package.Metadata("id"));
        var license = package.MetadataElement("license");
        Assert.NotNull(license);
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("https://github.com/steplog/StepLog", package.MetadataElement("repository")?.Attribute("url")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("description")));
        Assert.NotNull(package.SymbolsPath);
    }

    [Fact]
    public void Package_page_shows_the_repository_readme()
    {
        // The README is written on main; a branch without one packs without it, and this test says so.
        Assert.True(File.Exists(Path.Combine(Repository.Root, "README.md")), "The repository has no README.md to show on the package page.");
        Assert.Equal("README.md", package.Metadata("readme"));
        Assert.Contains("README.md", package.Entries);
    }

    [Fact]
    public void Package_depends_on_the_logging_packages_for_each_target_and_on_none_of_the_roslyn_projects()
    {
        string[] expected =
        [
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.Extensions.Logging.Console",
            "System.Diagnostics.DiagnosticSource",
        ];
        var groups = package.MetadataElement("dependencies")!.Elements().ToDictionary(
            g => g.Attribute("targetFramework")!.Value,
            g => g.Elements().Select(d => d.Attribute("id")!.Value).OrderBy(id => id, StringComparer.Ordinal).ToArray());

        Assert.Equal([".NETStandard2.0", "net8.0", "net9.0"], groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(groups.Values, ids => Assert.Equal(expected, ids));
    }
}

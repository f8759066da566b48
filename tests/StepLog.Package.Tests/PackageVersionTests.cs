using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace StepLog.Package.Tests;

/// <summary>
/// The version a local or CI pack gets: a prerelease of the commit height (and, for a changed tree, the newest change's
/// time), so that NuGet's cache, which keys a package by id and version, never serves an older pack's bits for a new one.
/// </summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class PackageVersionTests(PackedPackage package)
{
    [Fact]
    public void A_local_pack_is_a_prerelease_of_the_commit_height_stamped_when_the_tree_has_changes()
    {
        var version = Regex.Match(package.Version, @"^0\.1\.0-dev\.(?<height>\d+)(\.(?<stamp>\d{14}))?$");

        Assert.True(version.Success, $"The packed version '{package.Version}' is not 0.1.0-dev.<height>[.<yyyyMMddHHmmss>].");
        Assert.Equal(Git("rev-list", "--count", "HEAD"), version.Groups["height"].Value);
        var changed = Git("status", "--porcelain").Length > 0;
        Assert.True(changed == version.Groups["stamp"].Success, $"Tree changed: {changed}; packed version '{package.Version}'.");
    }

    [Fact]
    public void Every_package_packed_from_one_tree_gets_the_same_version()
    {
        // The tool is packed by a separate `dotnet pack`, as a user's second command would.
        Assert.Equal(package.Version, package.ToolVersion);
    }

    [Fact]
    public void The_assemblies_keep_the_plain_version_so_that_the_build_stays_deterministic()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var path = Path.Combine(package.WorkDirectory, "version-check", "StepLog.Runtime.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        archive.GetEntry("lib/net8.0/StepLog.Runtime.dll")!.ExtractToFile(path, overwrite: true);

        var info = FileVersionInfo.GetVersionInfo(path);

        Assert.Equal("0.1.0.0", info.FileVersion);
        Assert.StartsWith("0.1.0+", info.ProductVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_release_version_wins()
    {
        var output = Path.Combine(package.WorkDirectory, "release-feed");

        var pack = DotNetCli.Run(Repository.Root, "pack", Repository.RuntimeProject, "-c", Repository.BuildConfiguration, "--no-build", "-o", output, "-p:Version=9.8.7");

        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.Equal(["StepLog.9.8.7.nupkg"], Directory.GetFiles(output, "*.nupkg").Select(Path.GetFileName));
    }

    private static string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Trim();
    }
}

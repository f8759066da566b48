using System.Reflection;
using System.Text.RegularExpressions;

namespace StepLog.Generated.Tests;

/// <summary>
/// What the generator wrote in this project's real build for the shapes of <see cref="UserShapeTests"/>, compared with
/// approved files (Snapshots/*.verified.cs). The in-process snapshot tests run on Roslyn 4.8, which cannot parse
/// <c>allows ref struct</c>; this build's compiler can. On a mismatch the new text is written beside the approved one as
/// *.received.cs; with STEPLOG_ACCEPT_SNAPSHOTS=1 it is approved instead.
/// </summary>
public partial class RealBuildSnapshotTests
{
    public static TheoryData<string> Types() => new() { "SpanMeasurer", "Sender", "Archive" };

    [Theory]
    [MemberData(nameof(Types))]
    public void Generated_source_of_the_real_build_matches_its_snapshot(string type)
    {
        var generated = Path.Combine(
            Metadata("GeneratedFilesDirectory"), "StepLog.Generators", "StepLog.Generators.StepLogGenerator", $"StepLog.Generated.Tests.Subjects.{type}.StepLog.g.cs");
        Assert.True(File.Exists(generated), $"The build wrote no {generated}.");
        var actual = VersionPattern().Replace(File.ReadAllText(generated).ReplaceLineEndings("\n"), "\"StepLog.Generators\", \"{version}\"");

        var verified = Path.Combine(Metadata("SnapshotDirectory"), type + ".verified.cs");
        var received = Path.Combine(Metadata("SnapshotDirectory"), type + ".received.cs");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("STEPLOG_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"The generated source of {type} differs from {type}.verified.cs; see {type}.received.cs.");
    }

    private static string Metadata(string key) =>
        typeof(RealBuildSnapshotTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [GeneratedRegex("\"StepLog\\.Generators\", \"[^\"]*\"")]
    private static partial Regex VersionPattern();
}

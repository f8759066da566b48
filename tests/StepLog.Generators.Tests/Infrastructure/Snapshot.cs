using System.Text.RegularExpressions;

namespace StepLog.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated text with an approved file, Snapshots/{name}.verified.cs. On a mismatch it writes the new text
/// beside it as {name}.received.cs; with STEPLOG_ACCEPT_SNAPSHOTS=1 it approves the new text instead.
/// </summary>
public static partial class Snapshot
{
    public static void Match(string name, string actual)
    {
        // The generator's version is stamped into [GeneratedCode]; a release must not invalidate every snapshot.
        actual = VersionPattern().Replace(actual, "\"StepLog.Generators\", \"{version}\"");
        var directory = TestCompilation.Metadata("SnapshotDirectory");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
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
        Assert.Fail(expected is null
            ? $"No approved snapshot {name}.verified.cs; the output is in {name}.received.cs. Read it, then rename it or run with STEPLOG_ACCEPT_SNAPSHOTS=1."
            : $"The output differs from {name}.verified.cs; see {name}.received.cs.");
    }

    [GeneratedRegex("\"StepLog\\.Generators\", \"[^\"]*\"")]
    private static partial Regex VersionPattern();
}

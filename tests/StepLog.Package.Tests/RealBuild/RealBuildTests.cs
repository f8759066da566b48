namespace StepLog.Package.Tests.RealBuild;

/// <summary>
/// The diagnostics a user actually gets: each folder of BuildCases/ is built by `dotnet build` against the packed
/// StepLog, and the compiler's error log must hold exactly the diagnostics the case's `// expect:` markers name, on
/// those lines, and nothing else (no CS8795 but where a case expects it, nothing in generated code).
/// </summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class RealBuildTests(PackedPackage package)
{
    public static TheoryData<string> Cases() => new(BuildCase.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_reports_exactly_the_expected_diagnostics(string name)
    {
        var buildCase = BuildCase.Load(Path.Combine(BuildCase.Root, name));
        var build = CaseBuild.Of(package);

        var reported = build.Diagnostics(buildCase)
            ?? throw new Xunit.Sdk.XunitException($"Case {name} was not compiled (no error log).{Environment.NewLine}{build.Result.Describe()}");

        // CS8795 (a partial method without implementation) hides every analyzer; it may only stand where the case expects
        // it: beside the generator's error on a type no generated part can extend (not partial, file-local).
        Assert.DoesNotContain(reported, d => d.Id == "CS8795" && !buildCase.Expected.Any(e => e.Id == "CS8795" && e.File == d.File && e.Line == d.Line));
        var expected = buildCase.Expected.Select(Key).Order(StringComparer.Ordinal).ToList();
        var actual = reported.Where(d => !d.Suppressed || ExpectsSuppressed(buildCase, d)).Select(d => Key(d, buildCase)).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"Case {name}:{Environment.NewLine}expected{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}" +
            $"{Environment.NewLine}reported{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", reported)}");
    }

    /// <summary>The rules whose every docs/rules example is a case (a Bad and a Good folder at least).</summary>
    public static TheoryData<string> RulesWithCases() =>
        new("SL0008", "SL0009", "SL0010", "SL0011", "SL0012", "SL1001", "SL1002", "SL1003", "SL1004", "SL1005", "SL1006");

    [Theory]
    [MemberData(nameof(RulesWithCases))]
    public void A_rule_s_bad_and_good_examples_are_cases(string rule)
    {
        Assert.True(File.Exists(Path.Combine(Repository.Root, "docs", "rules", rule + ".md")), $"No docs/rules/{rule}.md.");
        var cases = BuildCase.All().Select(c => c.Name).ToList();

        Assert.Contains(rule + ".Bad", cases);
        Assert.Contains(rule + ".Good", cases);
        Assert.Contains(BuildCase.All().Single(c => c.Name == rule + ".Bad").Expected, e => e.Id == rule);
    }

    [Fact]
    public void Markers_are_read_with_and_without_a_severity()
    {
        var directory = Directory.CreateTempSubdirectory("steplog-case-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "A.cs"), "class A\n{\n    int x; // expect: warning CS0169, IDE0051\n}\n");

            var expected = BuildCase.Load(directory).Expected;

            Assert.Equal(
                [new ExpectedDiagnostic("A.cs", 3, "CS0169", "warning"), new ExpectedDiagnostic("A.cs", 3, "IDE0051", null)],
                expected);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool ExpectsSuppressed(BuildCase buildCase, ReportedDiagnostic reported) =>
        buildCase.Expected.Any(e => e.Level == "suppressed" && e.File == reported.File && e.Line == reported.Line && e.Id == reported.Id);

    private static string Key(ExpectedDiagnostic expected) =>
        Format(expected.File, expected.Line, expected.Level, expected.Id);

    // A reported diagnostic compares with its severity only where the case's marker gives one.
    private static string Key(ReportedDiagnostic reported, BuildCase buildCase)
    {
        var marker = buildCase.Expected.FirstOrDefault(e => e.File == reported.File && e.Line == reported.Line && e.Id == reported.Id);
        var level = marker is { Level: null } ? null : reported.Suppressed ? "suppressed" : reported.Level;
        return Format(reported.File, reported.Line, level, reported.Id);
    }

    private static string Format(string file, int line, string? level, string id) =>
        $"{file}:{line}: {(level is null ? "" : level + " ")}{id}";
}

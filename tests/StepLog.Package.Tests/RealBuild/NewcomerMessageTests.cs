namespace StepLog.Package.Tests.RealBuild;

/// <summary>
/// The words a new user reads in `dotnet build` for two mistakes of the first hour, from the shared build of the
/// BuildCases/ projects (RealBuildTests checks which diagnostics they get; these check what the messages say).
/// </summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class NewcomerMessageTests(PackedPackage package)
{
    [Fact]
    public void SL0003_names_the_body_under_a_near_name_and_says_to_rename_it()
    {
        var error = Reported("SL0003.NearMiss", "SL0003");

        Assert.Equal(
            "'ChargeAsync' has no body method 'ChargeAsyncCore' with the same parameters and return type; rename 'ChargeCore', which has them, to 'ChargeAsyncCore'",
            error.Message);
    }

    [Fact]
    public void A_forgotten_StepLog_HealthChecks_package_is_named_beside_the_compiler_s_logging_overload()
    {
        var error = Reported("SL0013.Bad", "SL0013");

        Assert.Equal("error", error.Level);
        Assert.Contains("in the StepLog.HealthChecks package", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet add package StepLog.HealthChecks", error.Message, StringComparison.Ordinal);
    }

    private ReportedDiagnostic Reported(string caseName, string id)
    {
        var build = CaseBuild.Of(package);
        var reported = build.Diagnostics(BuildCase.Load(Path.Combine(BuildCase.Root, caseName)))
            ?? throw new Xunit.Sdk.XunitException($"Case {caseName} was not compiled.{Environment.NewLine}{build.Result.Describe()}");
        return Assert.Single(reported, d => d.Id == id);
    }
}

using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.HealthChecksPackageAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>
/// SL0013: AddStepLog() on health checks without the StepLog.HealthChecks package. The compiler alone says only that
/// the logging AddStepLog(ILoggingBuilder) does not fit (CS1929); the rule names the package to add.
/// </summary>
public class SL0013HealthChecksPackageMissingTests
{
    // The health checks builder as Microsoft.Extensions.Diagnostics.HealthChecks declares it (the test references only StepLog).
    private const string HealthChecks = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IHealthChecksBuilder { }
            public sealed class HealthChecksBuilder : IHealthChecksBuilder { }
        }
        """;

    private static DiagnosticResult SL0013(int location) =>
        Verify.Diagnostic(Descriptors.HealthChecksPackageMissing).WithLocation(location).WithArguments("AddStepLog");

    [Fact]
    public Task AddStepLog_on_health_checks_without_the_package_names_the_package() => Verify.VerifyAnalyzerAsync($$"""
        using Microsoft.Extensions.DependencyInjection;
        using StepLog;

        public static class Startup
        {
            public static void Configure(IHealthChecksBuilder checks, HealthChecksBuilder concrete)
            {
                {|CS1929:checks|}.{|#0:AddStepLog|}();
                {|CS1929:concrete|}.{|#1:AddStepLog|}(options => { }, "steps");
            }
        }

        {{HealthChecks}}
        """, SL0013(0), SL0013(1));

    [Fact]
    public Task Without_using_StepLog_it_is_still_named() => Verify.VerifyAnalyzerAsync($$"""
        using Microsoft.Extensions.DependencyInjection;

        public static class Startup
        {
            public static void Configure(IHealthChecksBuilder checks) => checks.{|#0:{|CS1061:AddStepLog|}|}();
        }

        {{HealthChecks}}
        """, SL0013(0));

    [Fact]
    public Task With_the_package_nothing_is_reported() => Verify.VerifyAnalyzerAsync($$"""
        using Microsoft.Extensions.DependencyInjection;
        using StepLog;

        public static class Startup
        {
            public static void Configure(IHealthChecksBuilder checks) => checks.AddStepLog();
        }

        namespace StepLog
        {
            public static class StepHealthCheckBuilderExtensions
            {
                public static IHealthChecksBuilder AddStepLog(this IHealthChecksBuilder builder) => builder;
            }
        }

        {{HealthChecks}}
        """);

    [Fact]
    public Task Another_AddStepLog_that_does_not_bind_is_left_to_the_compiler() => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;

        public static class Startup
        {
            public static void Configure(string text) => {|CS1929:text|}.AddStepLog();
        }

        {{HealthChecks}}
        """);
}

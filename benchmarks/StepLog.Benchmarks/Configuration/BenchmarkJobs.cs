using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// The two ways to run: the full run (separate processes, enough iterations for stable figures; the one that
/// docs/benchmarks.md reports) and <c>--quick</c> (in this process, few short iterations: under five minutes on two
/// cores, for checking that the figures hold, not for publishing them).
/// </summary>
public static class BenchmarkJobs
{
    /// <summary>Set by Program from <c>--quick</c> before any benchmark type is read.</summary>
    public static bool Quick { get; set; }

    /// <summary>Nanosecond-scale runtime cases: many invocations per iteration, chosen by BenchmarkDotNet.</summary>
    public static Job Runtime => Quick
        ? new Job("Quick")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithToolchain(InProcessEmitToolchain.Instance)
        : new Job("Full")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(200));

    /// <summary>Compile-time cases take hundreds of milliseconds each: one invocation per iteration.</summary>
    public static Job CompileTime => Quick
        ? new Job("QuickCompile")
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
        : new Job("FullCompile")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);
}

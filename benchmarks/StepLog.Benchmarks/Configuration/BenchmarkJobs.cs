using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// The two ways to run: the full run (separate processes, enough iterations for stable figures; the one that
/// docs/benchmarks.md reports) and <c>--quick</c> (few short iterations: under five minutes on two cores, for checking
/// that the figures hold, not for publishing them).
/// </summary>
public static class BenchmarkJobs
{
    /// <summary>Set by Program from <c>--quick</c> before any benchmark type is read.</summary>
    public static bool Quick { get; set; }

    /// <summary>
    /// Nanosecond-scale runtime cases: many invocations per iteration, chosen by BenchmarkDotNet. Even the quick job
    /// runs each case in a process of its own: in one shared process the cases tier up on each other's profiles (the
    /// disabled cases run first and leave the logged paths cold), which swung the enabled figures by 2x. To stay quick
    /// it skips the overhead estimate instead, so every case, the bare call too, includes the ~1-2 ns of calling it:
    /// compare differences and ratios, as the targets do.
    /// </summary>
    public static Job Runtime => Quick
        ? new Job("Quick")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithEvaluateOverhead(false)
        : new Job("Full")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(200));

    /// <summary>
    /// Compile-time cases take hundreds of milliseconds to seconds each: one invocation per iteration. The quick job
    /// has no warm-up iterations (the one call BenchmarkDotNet makes first to JIT the case warms it) and two measured ones.
    /// </summary>
    public static Job CompileTime => Quick
        ? new Job("QuickCompile")
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(2)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
        : new Job("FullCompile")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);

    /// <summary>
    /// Record store cases do real I/O against a database: each invocation is a whole workload (100,000 records
    /// ingested, or one query), timed by BenchmarkDotNet's own invocation count. In process, so that one seeded
    /// database serves every iteration; the quick job has one warm-up and three measured iterations.
    /// </summary>
    public static Job Records => Quick
        ? new Job("QuickRecords")
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
        : new Job("FullRecords")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance);
}

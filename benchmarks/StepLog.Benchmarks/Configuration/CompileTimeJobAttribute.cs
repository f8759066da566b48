using BenchmarkDotNet.Configs;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// Runs a class with <see cref="BenchmarkJobs.CompileTime"/> instead of the run's default job (a job that is not
/// marked default replaces the default one). A property, not a constant, so that <c>--quick</c> is honoured.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CompileTimeJobAttribute : Attribute, IConfigSource
{
    public IConfig Config => ManualConfig.CreateEmpty().AddJob(BenchmarkJobs.CompileTime);
}

using BenchmarkDotNet.Configs;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// Runs a class with <see cref="BenchmarkJobs.CompileTime"/>. A property, not a constant, so that <c>--quick</c>
/// (read before any benchmark type is) is honoured.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CompileTimeJobAttribute : Attribute, IConfigSource
{
    public IConfig Config => ManualConfig.CreateEmpty().AddJob(BenchmarkJobs.CompileTime);
}

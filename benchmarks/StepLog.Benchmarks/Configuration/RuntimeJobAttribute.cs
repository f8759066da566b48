using BenchmarkDotNet.Configs;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// Runs a class (and the classes derived from it) with <see cref="BenchmarkJobs.Runtime"/>. A property, not a
/// constant, so that <c>--quick</c> (read before any benchmark type is) is honoured.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RuntimeJobAttribute : Attribute, IConfigSource
{
    public IConfig Config => ManualConfig.CreateEmpty().AddJob(BenchmarkJobs.Runtime);
}

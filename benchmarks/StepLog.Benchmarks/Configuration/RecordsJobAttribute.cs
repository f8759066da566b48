using BenchmarkDotNet.Configs;

namespace StepLog.Benchmarks.Configuration;

/// <summary>Runs a class with <see cref="BenchmarkJobs.Records"/> (read when the class is, after <c>--quick</c> is known).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RecordsJobAttribute : Attribute, IConfigSource
{
    public IConfig Config => ManualConfig.CreateEmpty().AddJob(BenchmarkJobs.Records);
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// Leaves out, with a printed reason, the cases this machine cannot run: the build cases need Roslyn's internal
/// analyzer driver (<see cref="AttachedAnalyzers"/>), and the SDK cases also need the analyzers of an installed .NET SDK
/// (<see cref="SdkAnalyzers"/>). Everything else runs as usual.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnalyzerCasesFilterAttribute : Attribute, IConfigSource
{
    public const string BuildCategory = "Emit";
    public const string SdkCategory = "Emit, SDK analyzers";

    private static readonly HashSet<string> Reported = [];

    public IConfig Config => ManualConfig.CreateEmpty().AddFilter(new SimpleFilter(CanRun));

    private static bool CanRun(BenchmarkCase benchmarkCase)
    {
        var categories = benchmarkCase.Descriptor.Categories;
        string? reason = null;
        if ((categories.Contains(BuildCategory) || categories.Contains(SdkCategory)) && !AttachedAnalyzers.IsAvailable)
        {
            reason = AttachedAnalyzers.Unavailable;
        }
        else if (categories.Contains(SdkCategory) && SdkAnalyzers.Load().IsEmpty)
        {
            reason = SdkAnalyzers.Description;
        }

        if (reason is null)
        {
            return true;
        }

        lock (Reported)
        {
            if (Reported.Add(benchmarkCase.Descriptor.WorkloadMethod.Name))
            {
                Console.WriteLine($"// Skipped {benchmarkCase.Descriptor.WorkloadMethod.Name}: {reason}");
            }
        }

        return false;
    }
}

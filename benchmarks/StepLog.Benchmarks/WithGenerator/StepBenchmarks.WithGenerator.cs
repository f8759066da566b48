using Microsoft.Extensions.Logging;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>The generated styles, on the same logger as the hand-written ones.</summary>
public abstract partial class StepBenchmarks
{
    protected GeneratedWrapperSteps GeneratedSteps { get; private set; } = null!;

    protected GeneratedWrapperOperation GeneratedOperation { get; private set; } = null!;

    partial void SetUpGenerated(ILogger logger)
    {
        GeneratedSteps = new GeneratedWrapperSteps(logger);
        GeneratedOperation = new GeneratedWrapperOperation(logger);
    }
}

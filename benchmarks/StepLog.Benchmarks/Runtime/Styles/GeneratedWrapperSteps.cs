using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>
/// The step of every shape as a [Step] partial method that the StepLog generator implements around its Core body.
/// The type has no [Operation], so the steps are numbered out of the type's five.
/// </summary>
public sealed partial class GeneratedWrapperSteps
{
    private readonly ILogger _logger;

    public GeneratedWrapperSteps(ILogger logger) => _logger = logger;

    [Step(1, StepNames.Fetch, Result = "raw_models")]
    public partial int Fetch([Log] string provider);

    [Step(2, StepNames.Fetch, Result = "raw_models")]
    public partial Task<int> FetchCompletedTaskAsync([Log] string provider);

    [Step(3, StepNames.Fetch, Result = "raw_models")]
    public partial Task<int> FetchYieldingTaskAsync([Log] string provider);

    [Step(4, StepNames.Fetch, Result = "raw_models")]
    public partial ValueTask<int> FetchCompletedValueTaskAsync([Log] string provider);

    [Step(5, StepNames.Fetch, Result = "raw_models")]
    public partial ValueTask<int> FetchYieldingValueTaskAsync([Log] string provider);

    private int FetchCore(string provider) => StepWork.Fetch(provider);

    private Task<int> FetchCompletedTaskAsyncCore(string provider) => StepWork.FetchCompletedTask(provider);

    private Task<int> FetchYieldingTaskAsyncCore(string provider) => StepWork.FetchYieldingTask(provider);

    private ValueTask<int> FetchCompletedValueTaskAsyncCore(string provider) => StepWork.FetchCompletedValueTask(provider);

    private ValueTask<int> FetchYieldingValueTaskAsyncCore(string provider) => StepWork.FetchYieldingValueTask(provider);
}

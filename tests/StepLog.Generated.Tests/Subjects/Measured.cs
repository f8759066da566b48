using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>Steps whose bodies allocate nothing, so that what an allocation test measures is the wrapper's cost.</summary>
public partial class Measured(ILogger logger)
{
    private static readonly Task<int> CachedResult = Task.FromResult(7);

    private readonly ILogger _logger = logger;

    [Step(1, "Sync", Result = "value")]
    public partial int Sync([Log] int input, [Log] string name);

    [Step(2, "Task")]
    public partial Task TaskStep([Log] int input);

    [Step(3, "Task of T", Result = "value")]
    public partial Task<int> TaskOfT([Log] int input);

    [Step(4, "ValueTask")]
    public partial ValueTask ValueTaskStep([Log] int input);

    [Step(5, "ValueTask of T", Result = "value")]
    public partial ValueTask<int> ValueTaskOfT([Log] int input);

    [Step(6, "Counted", Result = "items")]
    public partial List<int> Counted([Log] int[] values, [Log] List<int> items);

    [Operation("Measured operation", Result = "value")]
    public partial ValueTask<int> OperationAsync([Log] int input);

    private ValueTask<int> OperationAsyncCore(int input) => new(Sync(input, "n"));

    private int SyncCore(int input, string name) => input + name.Length;

    private Task TaskStepCore(int input) => Task.CompletedTask;

    private Task<int> TaskOfTCore(int input) => CachedResult;

    private ValueTask ValueTaskStepCore(int input) => default;

    private ValueTask<int> ValueTaskOfTCore(int input) => new(input);

    private List<int> CountedCore(int[] values, List<int> items) => items;
}

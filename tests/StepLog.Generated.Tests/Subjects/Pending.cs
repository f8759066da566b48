using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>Steps whose bodies return a task that the test completes later, on its own thread.</summary>
public partial class Pending(ILogger logger)
{
    private readonly ILogger _logger = logger;

    public TaskCompletionSource<int> Source { get; set; } = new();

    [Step(1, "Pending task", Result = "value")]
    public partial Task<int> TaskOfT();

    [Step(2, "Pending value task", Result = "value")]
    public partial ValueTask<int> ValueTaskOfT();

    public Task<int> BareTaskOfT() => TaskOfTCore();

    public ValueTask<int> BareValueTaskOfT() => ValueTaskOfTCore();

    private Task<int> TaskOfTCore() => Source.Task;

    private ValueTask<int> ValueTaskOfTCore() => new(Source.Task);
}

using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A synchronous and an async operation that each run their step on a thread-pool thread.</summary>
public partial class FanOut(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Operation("Fan out")]
    public partial void Run();

    [Operation("Fan out async")]
    public partial Task RunAsync();

    [Step(1, "Work", Operation = nameof(Run))]
    private partial void Work();

    [Step(1, "Work async", Operation = nameof(RunAsync))]
    private partial void WorkAsync();

    private void RunCore() => Task.Run(Work).Wait();

    private Task RunAsyncCore() => Task.Run(WorkAsync);

    private void WorkCore()
    {
    }

    private void WorkAsyncCore()
    {
    }
}

using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>
/// An async operation whose body leaves work behind (fire and forget) that logs a step after the operation has ended,
/// when the released gate lets it.
/// </summary>
public partial class Detached(ILogger logger)
{
    private readonly ILogger _logger = logger;

    public Task? Left { get; private set; }

    [Operation("Detach")]
    public partial Task RunAsync(TaskCompletionSource gate, bool leaveWork);

    [Step(1, "Late")]
    private partial void Late();

    private async Task RunAsyncCore(TaskCompletionSource gate, bool leaveWork)
    {
        if (leaveWork)
        {
            Left = Task.Run(async () =>
            {
                await gate.Task;
                Late();
            });
        }

        await Task.Yield();
    }

    private void LateCore()
    {
    }
}

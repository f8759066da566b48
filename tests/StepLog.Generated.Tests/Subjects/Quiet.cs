using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>Operations at Debug whose steps log at Information: a console at Information shows the steps only.</summary>
public partial class Quiet(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Operation("Quiet", Level = LogLevel.Debug)]
    public partial int Run();

    [Operation("Quiet async", Level = LogLevel.Debug)]
    public partial Task<int> RunAsync();

    [Step(1, "Loud", Operation = nameof(Run))]
    private partial int Loud();

    [Step(1, "Loud async", Operation = nameof(RunAsync))]
    private partial int LoudAsync();

    private int RunCore() => Loud();

    private async Task<int> RunAsyncCore()
    {
        await Task.Yield();
        return LoudAsync();
    }

    private int LoudCore() => 1;

    private int LoudAsyncCore() => 2;
}

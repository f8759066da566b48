using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>An async operation whose body reports what its flow holds: a value of the caller's, and its step's depth.</summary>
public partial class FlowReader(ILogger logger)
{
    /// <summary>A value the caller sets in its own flow before calling.</summary>
    public static readonly AsyncLocal<string?> CallerValue = new();

    private readonly ILogger _logger = logger;

    [Operation("Read flow")]
    public partial ValueTask<string?> ReadAsync();

    [Step(1, "Inner")]
    private partial int Inner();

    private ValueTask<string?> ReadAsyncCore()
    {
        Inner();
        return new(CallerValue.Value);
    }

    private int InnerCore() => 1;
}

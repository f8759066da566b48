using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A step whose body throws an exception that cannot even say its message.</summary>
public partial class Failing(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Step(1, "Break")]
    public partial void Break(Exception error);

    private void BreakCore(Exception error) => throw error;
}

public sealed class UnreadableMessageException : Exception
{
    public override string Message => throw new NotSupportedException("no message");
}

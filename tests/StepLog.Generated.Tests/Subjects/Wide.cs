using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A step with more values than any StepMetadata arity, of value and reference types.</summary>
public partial class Wide(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Step(1, "Take eight")]
    public partial void Take([Log] int a, [Log] long b, [Log] string c, [Log] string? d, [Log] bool e, [Log] double f, [Log] Guid g, [Log("last")] DayOfWeek h);

    private void TakeCore(int a, long b, string c, string? d, bool e, double f, Guid g, DayOfWeek h)
    {
    }
}

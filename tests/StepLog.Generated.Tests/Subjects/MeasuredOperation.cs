using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A synchronous operation of two steps whose bodies allocate nothing, for the allocation tests.</summary>
public partial class MeasuredOperation(ILogger logger, MeasuredOperation? inner = null)
{
    private readonly ILogger _logger = logger;

    [Operation("Measured sync operation", Result = "value")]
    public partial int Run([Log] int input);

    [Step(1, "Add", Result = "sum")]
    private partial int Add([Log] int input);

    [Step(2, "Double")]
    private partial int Double(int input);

    private int RunCore(int input) => Double(Add(input));

    private int AddCore(int input) => input + (inner?.Run(input) ?? 1);

    private int DoubleCore(int input) => input * 2;
}

using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>The logger comes from the method's own parameter, even though the type has a field.</summary>
public partial class ParameterLogger(ILogger fieldLogger)
{
    private readonly ILogger _field = fieldLogger;

    public ILogger Field => _field;

    [Step(1, "With the parameter's logger")]
    public partial void Run(ILogger<ParameterLogger> log, [Log("item_id")] int id);

    private void RunCore(ILogger<ParameterLogger> log, int id)
    {
    }
}

/// <summary>The logger is a record's positional property.</summary>
public partial record RecordLogger(ILogger Logger)
{
    [Step(1, "With the record's logger")]
    public partial void Run();

    private void RunCore()
    {
    }
}

/// <summary>The logger is a primary-constructor parameter that nothing else captures.</summary>
public partial class PrimaryConstructorLogger(ILogger logger)
{
    [Step(1, "With the primary constructor's logger")]
    public partial void Run();

    private void RunCore()
    {
    }
}

using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A generic step whose type argument may be a ref struct: the constraint must be repeated (else CS0761).</summary>
public partial class SpanMeasurer(ILogger logger)
{
    private readonly ILogger _logger = logger;

    // A T that may be a span cannot be held by a metadata struct: it is left off the line.
    [Step(1, "Measure", Result = "size")]
    public partial int Measure<T>([Log] int count, [Log] T item)
        where T : allows ref struct;

    private int MeasureCore<T>(int count, T item)
        where T : allows ref struct => count * 2;
}

/// <summary>Parameters named like the logger, the bodies and the type: generated code must read none of them.</summary>
public partial class Sender(ILogger<Sender> logger)
{
    [Operation("Send")]
    public partial int Send([Log] string logger);

    [Step(1, "Relay", Result = "relayed")]
    public partial int Relay([Log] string RelayCore, [Log] int Sender);

    private int SendCore(string logger) => Relay(logger, logger.Length);

    private int RelayCore(string RelayCore, int Sender) => Sender;
}

/// <summary>A static logger member and a static body hidden by parameters of the same names.</summary>
public static partial class Archive
{
    public static ILogger Log { get; set; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    [Step(1, "Store", Result = "stored")]
    public static partial int Store([Log] string Log, [Log] int StoreCore, [Log] string Archive);

    private static int StoreCore(string Log, int StoreCore, string Archive) => Log.Length + StoreCore + Archive.Length;
}

/// <summary>Values whose keys are StepLog's own field names, or repeat each other once in snake_case.</summary>
public partial class Colliding(ILogger logger)
{
    [Operation("Collide", Result = "status")]
    public partial string Run([Log] int depth, [Log] string operation, [Log] int rawCount, [Log] int raw_count);

    [Step(1, "Check", Result = "status")]
    private partial string Check([Log("step")] string name);

    private string RunCore(int depth, string operation, int rawCount, int raw_count) => Check(operation) + "-partial";

    private string CheckCore(string name) => name + "-fine";
}

using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public partial class NullableLoggerImporter
{
    private readonly ILogger? _logger;

    public NullableLoggerImporter(ILogger? logger) => _logger = logger;

    [Operation("Import")]
    public partial int Import(); // expect: warning SL0009

    private int ImportCore() => _logger is null ? 0 : 1;
}

public partial class StaticImporter
{
    private readonly ILogger<StaticImporter> _logger;

    public StaticImporter(ILogger<StaticImporter> logger) => _logger = logger;

    public ILogger Logger => _logger;

    [Operation("Import")]
    public static partial int Import(); // expect: warning SL0009

    private static int ImportCore() => 1;
}

using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public sealed class CatalogClient(ILogger logger)
{
    public Task<int> CountAsync()
    {
        logger.LogDebug("Counting");
        return Task.FromResult(1);
    }
}

public partial class Importer(ILogger<Importer> logger)
{
    private readonly ILogger<Importer> _logger = logger; // the wrapper uses this field
    private readonly CatalogClient _client = new(logger);

    [Operation("Import")]
    public partial Task<int> ImportAsync();

    private Task<int> ImportAsyncCore()
    {
        _logger.LogDebug("Importing");
        return _client.CountAsync();
    }
}

// No logger at all: the default logger is what the user gets, on purpose, and nothing is reported.
public partial class Exporter
{
    [Operation("Export")]
    public partial int Export();

    [Step(1, "Write file")]
    private static partial int Write();

    private int ExportCore() => Write();

    private static int WriteCore() => 1;
}

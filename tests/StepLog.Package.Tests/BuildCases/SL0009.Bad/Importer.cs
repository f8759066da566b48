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
    private readonly CatalogClient _client = new(logger); // the parameter feeds a field...

    [Operation("Import")]
    public partial Task<int> ImportAsync(); // expect: warning SL0009

    private Task<int> ImportAsyncCore() => _client.CountAsync();
}

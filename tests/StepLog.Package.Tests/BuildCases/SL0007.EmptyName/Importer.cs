using StepLog;

namespace Cases;

public partial class Importer
{
    private int _runs;

    [Operation(null!)] // expect: error SL0007
    public partial Task RunAsync();

    [Operation("")] // expect: error SL0007
    public partial Task<int> CountAsync();

    private Task RunAsyncCore()
    {
        _runs++;
        return Task.CompletedTask;
    }

    private Task<int> CountAsyncCore() => Task.FromResult(_runs);
}

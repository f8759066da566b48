using StepLog;

namespace Cases;

// A file-local type cannot get a generated part (the part would be in another file): reported, and CS8795 stays.
file partial class Importer
{
    [Operation("Import")]
    public partial Task RunAsync(); // expect: error SL0007, error CS8795

    private Task RunAsyncCore() => Task.CompletedTask;
}

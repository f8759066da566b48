using StepLog;

namespace Cases;

public partial class Jobs
{
    public partial class Nightly
    {
        [Operation("Nightly import")]
        public partial Task RunAsync();
        private Task RunAsyncCore() => Task.CompletedTask;
    }
}

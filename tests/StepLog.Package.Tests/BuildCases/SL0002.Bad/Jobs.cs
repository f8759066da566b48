using StepLog;

namespace Cases;

// The generator cannot add a part to a type that is not partial, so the compiler's CS8795 stays beside SL0002.
public class Jobs
{
    public partial class Nightly
    {
        [Operation("Nightly import")]
        public partial Task RunAsync(); // expect: error SL0002, error CS8795
        private Task RunAsyncCore() => Task.CompletedTask;
    }
}

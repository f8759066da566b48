using StepLog;

namespace Cases;

public partial class Connector
{
    [Operation("Connect")]
    public partial Task ConnectAsync([Log] string host, [Log] string connectionString); // expect: warning SL0008

    private Task ConnectAsyncCore(string host, string connectionString) => Task.CompletedTask;
}

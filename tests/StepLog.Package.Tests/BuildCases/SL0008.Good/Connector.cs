using StepLog;

namespace Cases;

public partial class Connector
{
    [Operation("Connect")]
    public partial Task ConnectAsync([Log] string host, string connectionString);

    // Numbers and cancellation tokens cannot hold a secret, and a bare "key" is a cache key.
    [Step(1, "Open connection")]
    private partial Task OpenAsync([Log] int maxTokens, [Log] string key, [Log] string keyId, CancellationToken cancellationToken);

    private Task ConnectAsyncCore(string host, string connectionString) => OpenAsync(1, "k", "id", CancellationToken.None);

    private Task OpenAsyncCore(int maxTokens, string key, string keyId, CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

// Good generated methods in the same project must not hide a StepLogger misuse or a compiler warning.
public partial class CatalogSync(ILogger<CatalogSync> logger)
{
    [Operation("Model Sync")]
    public partial Task<int> SyncAsync([Log] string provider, CancellationToken ct);

    [Step(1, "Fetch from provider API", Result = "raw_models")]
    private partial Task<IReadOnlyList<string>> FetchAsync([Log] string provider, CancellationToken ct);

    private async Task<int> SyncAsyncCore(string provider, CancellationToken ct) => (await FetchAsync(provider, ct)).Count;

    private Task<IReadOnlyList<string>> FetchAsyncCore(string provider, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([provider]);

    public string? Validate(string? apiKey)
    {
        int unused = 1; // expect: warning CS0219
        using var op = new StepLogger(logger, "Provider Fetch", totalSteps: 1);
        op.Start();
        op.Step(1, "Validate API key"); // expect: warning SL1001
        if (apiKey is null)
        {
            return null;
        }

        op.Success(("validation", "passed"));
        return apiKey;
    }
}

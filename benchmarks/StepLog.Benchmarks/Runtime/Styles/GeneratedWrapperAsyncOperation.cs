using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>The five-step operation as an async [Operation] whose body completes synchronously: its task is the only difference.</summary>
public sealed partial class GeneratedWrapperAsyncOperation
{
    private readonly ILogger _logger;

    public GeneratedWrapperAsyncOperation(ILogger logger) => _logger = logger;

    [Operation(StepNames.Operation, Result = "total")]
    public partial Task<int> SyncModelsAsync([Log] string provider);

    [Step(1, "Fetch from provider API", Result = "raw_models")]
    private partial int FetchModels([Log] string provider);

    [Step(2, "Validate and filter models", Result = "raw_models")]
    private partial int ValidateModels([Log] string provider);

    [Step(3, "Enrich with pricing", Result = "raw_models")]
    private partial int EnrichModels([Log] string provider);

    [Step(4, "Store in database", Result = "raw_models")]
    private partial int StoreModels([Log] string provider);

    [Step(5, "Refresh cache", Result = "raw_models")]
    private partial int RefreshCache([Log] string provider);

    private Task<int> SyncModelsAsyncCore(string provider) => Task.FromResult(
        FetchModels(provider) + ValidateModels(provider) + EnrichModels(provider) + StoreModels(provider) + RefreshCache(provider));

    private int FetchModelsCore(string provider) => StepWork.Fetch(provider);

    private int ValidateModelsCore(string provider) => StepWork.Fetch(provider);

    private int EnrichModelsCore(string provider) => StepWork.Fetch(provider);

    private int StoreModelsCore(string provider) => StepWork.Fetch(provider);

    private int RefreshCacheCore(string provider) => StepWork.Fetch(provider);
}

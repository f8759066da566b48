using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class ModelSync
{
    private readonly List<Model> _models = [];

    [Operation("Model Sync")]
    public partial Task<int> SyncAsync(string provider);

    [Step(1, "Fetch from provider API")]
    private partial Task<IReadOnlyList<Model>> FetchAsync(string provider);

    [Step(2, "Store models")]
    private partial Task StoreAsync(IReadOnlyList<Model> models);

    private async Task<int> SyncAsyncCore(string provider)
    {
        var models = await FetchAsync(provider);
        await StoreAsync(models);
        return models.Count;
    }

    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider) => Task.FromResult<IReadOnlyList<Model>>(_models);

    private Task StoreAsyncCore(IReadOnlyList<Model> models)
    {
        _models.AddRange(models);
        return Task.CompletedTask;
    }
}

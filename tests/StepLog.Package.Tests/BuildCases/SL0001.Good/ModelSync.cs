using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class ModelSync
{
    private readonly List<Model> _models = [];

    [Step(1, "Fetch from provider API")]
    public partial Task<IReadOnlyList<Model>> FetchAsync([Log] string provider, CancellationToken ct);

    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider, CancellationToken ct)
    {
        return Task.FromResult<IReadOnlyList<Model>>(_models);
    }
}

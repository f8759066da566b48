using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class Fetcher
{
    private readonly List<Model> _models = [];

    [Step(1, "Fetch models")]
    public partial Task<IReadOnlyList<Model>> FetchAsync(string provider);

    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider) => Task.FromResult<IReadOnlyList<Model>>(_models);
}

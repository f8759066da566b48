using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class ModelSync
{
    private readonly List<Model> _models = [];

    [Step(1, "Fetch from provider API")]
    public Task<IReadOnlyList<Model>> FetchAsync([Log] string provider, CancellationToken ct) // expect: error SL0001
    {
        return Task.FromResult<IReadOnlyList<Model>>(_models);
    }

    // The error does not hide the rest of the project: the compiler still reports this.
    public int Count()
    {
        int unused = 1; // expect: warning CS0219
        return _models.Count;
    }
}

using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

// One mistake, one diagnostic: SL0004 on the later step, and no SL0005 for the same repeated number.
public partial class ModelSync
{
    private readonly List<Model> _models = [];

    [Step(1, "Fetch from provider API")]
    private partial Task<IReadOnlyList<Model>> FetchAsync(string provider);

    [Step(1, "Validate and filter models")] // expect: error SL0004
    private partial (int Valid, int Filtered) Validate(IReadOnlyList<Model> models);

    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider) => Task.FromResult<IReadOnlyList<Model>>(_models);

    private (int Valid, int Filtered) ValidateCore(IReadOnlyList<Model> models) => (models.Count, _models.Count);
}

using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class Validator
{
    [Operation("Validate")]
    public partial (int Valid, int Filtered) Run(IReadOnlyList<Model> models);

    [Step(1, "Validate and filter models")]
    private partial (int Valid, int Filtered) Validate(IReadOnlyList<Model> models);

    private (int Valid, int Filtered) RunCore(IReadOnlyList<Model> models) => Validate(models);

    private (int Valid, int Filtered) ValidateCore(IReadOnlyList<Model> models) =>
        (models.Count(m => m.IsValid), models.Count(m => !m.IsValid));
}

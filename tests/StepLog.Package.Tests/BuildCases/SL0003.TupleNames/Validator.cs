using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

// Tuple element names may differ between X and XCore: the generator implements it (and logs valid=, filtered=).
public partial class Validator
{
    [Step(1, "Validate and filter models")]
    public partial (int Valid, int Filtered) Validate(IReadOnlyList<Model> models);

    private (int A, int B) ValidateCore(IReadOnlyList<Model> models) =>
        (models.Count(m => m.IsValid), models.Count(m => !m.IsValid));
}

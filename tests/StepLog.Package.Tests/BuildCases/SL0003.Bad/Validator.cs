using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class Validator
{
    private readonly int _minimum = 1;

    [Operation("Validate")]
    public partial (int Valid, int Filtered) Run(IReadOnlyList<Model> models);

    [Step(1, "Validate and filter models")]
    private partial (int Valid, int Filtered) Validate(IReadOnlyList<Model> models); // expect: error SL0003

    private (int Valid, int Filtered) RunCore(IReadOnlyList<Model> models) => Validate(models);

    private int ValidateCore(IReadOnlyList<Model> models) => models.Count(m => m.IsValid) + _minimum; // wrong return type

    // One skipped method costs one error: the compiler still reports the rest of the project.
    public int Other()
    {
        int unused = 1; // expect: warning CS0219
        return _minimum;
    }
}

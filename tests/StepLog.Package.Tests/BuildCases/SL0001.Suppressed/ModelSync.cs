using StepLog;

namespace Cases;

// #pragma applies to what the generator reports, as to any diagnostic.
public partial class ModelSync
{
    private readonly int _count = 1;

#pragma warning disable SL0001
    [Step(1, "Count")]
    public int Count() => _count; // expect: suppressed SL0001
#pragma warning restore SL0001
}

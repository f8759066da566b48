using StepLog;

namespace Cases;

public sealed partial class Amount(int value)
{
    public int Value { get; } = value;

    [Operation("Add")]
    public static Amount operator +(Amount left, Amount right) => new(left.Value + right.Value); // expect: error SL0001
}

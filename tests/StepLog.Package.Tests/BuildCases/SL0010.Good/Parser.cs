using StepLog;

namespace Cases;

public partial class Parser
{
    [Step(1, "Parse", Result = "parsed")]
    public partial bool TryParse(ReadOnlySpan<byte> data, [Log] int size, out int length);

    private bool TryParseCore(ReadOnlySpan<byte> data, int size, out int length)
    {
        length = Math.Min(data.Length, size);
        return length > 0;
    }
}

using StepLog;

namespace Cases;

public partial class Parser
{
    [Step(1, "Parse")]
    public partial bool TryParse([Log] ReadOnlySpan<byte> data, [Log] out int length); // expect: warning SL0010, warning SL0010

    [Step(2, "Store", Result = "stored")]
    public partial Task StoreAsync(); // expect: warning SL0010

    private bool TryParseCore(ReadOnlySpan<byte> data, out int length)
    {
        length = data.Length;
        return length > 0;
    }

    private Task StoreAsyncCore() => Task.CompletedTask;
}

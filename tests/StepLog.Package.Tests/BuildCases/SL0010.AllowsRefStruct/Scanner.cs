using StepLog;

namespace Cases;

// A type parameter that allows ref struct may be one: the generator leaves its [Log] value and its Result out, and
// SL0010 says so, as it does for a ref struct itself.
public partial class Scanner
{
    [Step(1, "Scan")]
    public partial int Scan<TSource>([Log] TSource source) where TSource : allows ref struct; // expect: warning SL0010

    [Step(2, "Echo", Result = "echoed")]
    public partial TValue Echo<TValue>(TValue value) where TValue : allows ref struct; // expect: warning SL0010

    private int ScanCore<TSource>(TSource source) where TSource : allows ref struct => 1;

    private TValue EchoCore<TValue>(TValue value) where TValue : allows ref struct => value;
}

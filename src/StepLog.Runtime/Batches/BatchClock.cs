using System.Diagnostics;

namespace StepLog;

/// <summary>Seconds since an arbitrary origin: the batch's one source of time, replaced by a fake one in tests.</summary>
internal class BatchClock
{
    public static readonly BatchClock System = new();

    public virtual double Seconds => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
}

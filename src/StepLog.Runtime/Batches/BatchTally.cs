using System.Threading;

namespace StepLog;

/// <summary>
/// How many items a run has and how those it processed ended: counted by the workers with interlocked increments, and
/// read by the run's reports (lines, progress file, records, gauges) without a lock.
/// </summary>
internal sealed class BatchTally(int total, int resumed)
{
    private int _succeeded;
    private int _failed;
    private int _timedOut;

    /// <summary>The batch's number of items.</summary>
    public int Total => total;

    /// <summary>The items a checkpoint had done already: skipped in this run.</summary>
    public int Resumed => resumed;

    public int Succeeded => Volatile.Read(ref _succeeded);

    /// <summary>The items that failed, those that timed out included.</summary>
    public int Failed => Volatile.Read(ref _failed);

    public int TimedOut => Volatile.Read(ref _timedOut);

    /// <summary>The items this run processed: succeeded or failed (not the resumed ones).</summary>
    public int Processed => Succeeded + Failed;

    /// <summary>The share done, resumed items included, of <paramref name="done"/> items.</summary>
    public double Percent(long done) => total == 0 ? 100 : done * 100.0 / total;

    public void Succeed() => Interlocked.Increment(ref _succeeded);

    public void Fail(bool timedOut)
    {
        if (timedOut)
        {
            Interlocked.Increment(ref _timedOut);
        }

        Interlocked.Increment(ref _failed);
    }
}

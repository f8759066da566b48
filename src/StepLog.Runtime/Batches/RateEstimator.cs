namespace StepLog;

/// <summary>
/// Items per second and the time left, as tqdm estimates them: an exponential moving average of the items done and
/// of the time taken between readings, each corrected for its bias toward the zero it starts from, so that the first
/// readings are not underestimated. Where no average exists yet, or it has decayed to zero, the whole run's average
/// serves, so that the time left never goes blank once an item has finished. Items skipped on resume are not counted:
/// they took no time in this run. Not thread-safe: the batch reads it under its tick lock.
/// </summary>
internal sealed class RateEstimator
{
    /// <summary>tqdm's default smoothing: the weight of the newest reading.</summary>
    public const double DefaultSmoothing = 0.3;

    private readonly double _smoothing;
    private readonly double _start;
    private double _lastTime;
    private long _lastCount;
    private double _items;
    private double _seconds;
    private int _readings;

    public RateEstimator(double startSeconds, double smoothing = DefaultSmoothing)
    {
        _start = startSeconds;
        _lastTime = startSeconds;
        _smoothing = smoothing;
    }

    /// <summary>Takes a reading: <paramref name="count"/> items done in this run at <paramref name="now"/>.</summary>
    public void Update(double now, long count)
    {
        var dt = now - _lastTime;
        if (dt <= 0)
        {
            return;
        }

        var dn = count - _lastCount;
        _items = (_smoothing * dn) + ((1 - _smoothing) * _items);
        _seconds = (_smoothing * dt) + ((1 - _smoothing) * _seconds);
        _readings++;
        _lastTime = now;
        _lastCount = count;
    }

    /// <summary>Items per second: the smoothed rate, else the run's average; 0 before any item.</summary>
    public double Rate(double now, long count)
    {
        // The two averages share their bias correction, so their quotient needs none.
        if (_readings > 0 && _seconds > 0 && _items > 0)
        {
            return _items / _seconds;
        }

        return Average(now, count);
    }

    /// <summary>The whole run's items per second.</summary>
    public double Average(double now, long count)
    {
        var elapsed = now - _start;
        return count > 0 && elapsed > 0 ? count / elapsed : 0;
    }

    /// <summary>Seconds left for <paramref name="remaining"/> items; null while no item has finished.</summary>
    public double? SecondsLeft(double now, long count, long remaining)
    {
        if (remaining <= 0)
        {
            return 0;
        }

        var rate = Rate(now, count);
        if (rate > 0)
        {
            return remaining / rate;
        }

        // An item finished with no measurable time (a coarse clock): the estimate is "soon", not unknown.
        return count > 0 ? 0 : null;
    }
}

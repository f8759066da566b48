using System;
using System.Collections.Generic;

namespace StepLog.Cli.Report;

/// <summary>
/// The durations of one step, for its percentiles: kept exactly up to <see cref="ExactLimit"/> values, then folded
/// into a log-bucketed sketch of the DDSketch kind (Masson, Rim and Lee, 2019): bucket i holds the values in
/// (γ^(i-1), γ^i] with γ = (1+α)/(1-α), and a quantile is answered with its bucket's midpoint 2γ^i/(γ+1), so it is off
/// by at most α = 1% of the true value (relative error), in at most a few thousand buckets whatever the count. The
/// maximum and the count stay exact.
/// </summary>
internal sealed class DurationDigest
{
    /// <summary>Up to this many values, percentiles are exact (nearest rank).</summary>
    public const int ExactLimit = 2048;

    /// <summary>The sketch's relative error bound.</summary>
    public const double RelativeError = 0.01;

    private static readonly double Gamma = (1 + RelativeError) / (1 - RelativeError);
    private static readonly double LogGamma = Math.Log(Gamma);
    private static readonly int MaxBucket = (int)Math.Ceiling(Math.Log(double.MaxValue) / LogGamma);

    private List<double>? _exact = [];
    // The counts of the buckets from _firstBucket on, in order: an array grown to the range of indexes seen (a few
    // hundred for durations from a microsecond to hours), so that counting a duration is an increment, not a lookup.
    private long[]? _buckets;
    private int _firstBucket;
    private long _zeros;

    public long Count { get; private set; }

    public double Max { get; private set; }

    /// <summary>Whether the percentiles come from the sketch rather than the values themselves.</summary>
    public bool IsSketch => _exact is null;

    public void Add(double milliseconds)
    {
        if (double.IsNaN(milliseconds) || milliseconds < 0)
        {
            return;
        }

        Count++;
        Max = Count == 1 ? milliseconds : Math.Max(Max, milliseconds);
        if (_exact is not null)
        {
            _exact.Add(milliseconds);
            if (_exact.Count > ExactLimit)
            {
                Fold();
            }

            return;
        }

        AddToSketch(milliseconds);
    }

    /// <summary>The nearest-rank quantile, 0 &lt; q ≤ 1; 0 when empty.</summary>
    public double Quantile(double q)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(q * Count));
        if (_exact is not null)
        {
            _exact.Sort();
            return _exact[(int)rank - 1];
        }

        var seen = _zeros;
        if (rank <= seen)
        {
            return 0;
        }

        for (var i = 0; _buckets is not null && i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= rank)
            {
                return Math.Min(Max, 2 * Math.Pow(Gamma, _firstBucket + i) / (Gamma + 1));
            }
        }

        return Max;
    }

    private void Fold()
    {
        foreach (var value in _exact!)
        {
            AddToSketch(value);
        }

        _exact = null;
    }

    private void AddToSketch(double milliseconds)
    {
        // Durations are written with one decimal: anything under a microsecond counts as zero.
        if (milliseconds < 1e-3)
        {
            _zeros++;
            return;
        }

        // The index of double.MaxValue is about 35,100: a value the log wrote as infinite counts there, so that the
        // array never outgrows the range of finite durations.
        var bucket = Math.Ceiling(Math.Log(milliseconds) / LogGamma);
        var index = bucket < MaxBucket ? (int)bucket : MaxBucket;
        if (_buckets is null)
        {
            _buckets = new long[64];
            _firstBucket = index - 32;
        }
        else if (index < _firstBucket || index >= _firstBucket + _buckets.Length)
        {
            Widen(index);
        }

        _buckets[index - _firstBucket]++;
    }

    private void Widen(int index)
    {
        var first = Math.Min(_firstBucket, index - 16);
        var end = Math.Max(_firstBucket + _buckets!.Length, index + 17);
        var wider = new long[end - first];
        Array.Copy(_buckets, 0, wider, _firstBucket - first, _buckets.Length);
        _buckets = wider;
        _firstBucket = first;
    }
}

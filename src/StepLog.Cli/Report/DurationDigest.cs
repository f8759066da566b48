using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

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

    private List<double>? _exact = [];
    // By bucket index; sorted only when a quantile is asked, which a report does a few times per step at its end,
    // where every duration read costs a lookup.
    private Dictionary<int, long>? _buckets;
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

        var indexes = new int[_buckets!.Count];
        _buckets.Keys.CopyTo(indexes, 0);
        Array.Sort(indexes);
        foreach (var index in indexes)
        {
            seen += _buckets[index];
            if (seen >= rank)
            {
                return Math.Min(Max, 2 * Math.Pow(Gamma, index) / (Gamma + 1));
            }
        }

        return Max;
    }

    private void Fold()
    {
        _buckets = [];
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

        var index = (int)Math.Ceiling(Math.Log(milliseconds) / LogGamma);
        CollectionsMarshal.GetValueRefOrAddDefault(_buckets!, index, out _)++;
    }
}

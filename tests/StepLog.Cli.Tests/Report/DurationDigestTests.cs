using StepLog.Cli.Report;

namespace StepLog.Cli.Tests.Report;

public class DurationDigestTests
{
    [Fact]
    public void Up_to_the_bound_percentiles_are_exact_nearest_rank()
    {
        var digest = new DurationDigest();
        foreach (var value in Enumerable.Range(1, DurationDigest.ExactLimit).Reverse())
        {
            digest.Add(value);
        }

        Assert.False(digest.IsSketch);
        Assert.Equal(DurationDigest.ExactLimit / 2, digest.Quantile(0.5));
        Assert.Equal(Math.Ceiling(0.95 * DurationDigest.ExactLimit), digest.Quantile(0.95));
    }

    [Fact]
    public void Past_the_bound_the_sketch_stays_within_its_relative_error_and_max_stays_exact()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 200_000).Select(_ => Math.Round(Math.Exp(random.NextDouble() * 10), 1)).ToArray();
        var digest = new DurationDigest();
        foreach (var value in values)
        {
            digest.Add(value);
        }

        Array.Sort(values);
        Assert.True(digest.IsSketch);
        Assert.Equal(values[^1], digest.Max);
        foreach (var q in new[] { 0.5, 0.95, 0.99 })
        {
            var exact = values[(int)Math.Ceiling(q * values.Length) - 1];
            Assert.InRange(digest.Quantile(q), exact * (1 - DurationDigest.RelativeError), exact * (1 + DurationDigest.RelativeError));
        }
    }

    [Fact]
    public void A_sketch_of_zeros_answers_zero()
    {
        var digest = new DurationDigest();
        for (var i = 0; i <= DurationDigest.ExactLimit; i++)
        {
            digest.Add(0);
        }

        Assert.True(digest.IsSketch);
        Assert.Equal(0, digest.Quantile(0.95));
    }

    [Fact]
    public void A_sketch_takes_durations_from_a_microsecond_to_infinite_and_keeps_their_order()
    {
        var digest = new DurationDigest();
        for (var i = 0; i <= DurationDigest.ExactLimit; i++)
        {
            digest.Add(i % 3 == 0 ? 0.002 : i % 3 == 1 ? 1e300 : double.PositiveInfinity);
        }

        Assert.True(digest.IsSketch);
        Assert.InRange(digest.Quantile(0.3), 0.002 * (1 - DurationDigest.RelativeError), 0.002 * (1 + DurationDigest.RelativeError));
        Assert.InRange(digest.Quantile(0.6), 1e300 * (1 - DurationDigest.RelativeError), 1e300 * (1 + DurationDigest.RelativeError));
        Assert.Equal(double.PositiveInfinity, digest.Max);
    }
}

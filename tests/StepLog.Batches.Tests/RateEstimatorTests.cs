namespace StepLog.Batches.Tests;

public class RateEstimatorTests
{
    // tqdm's EMA: last = a*x + (1-a)*last, read as last / (1 - (1-a)^calls); the rate is EMA(dn) / EMA(dt).
    private static double TqdmRate(double smoothing, (double Dn, double Dt)[] readings)
    {
        double dn = 0, dt = 0;
        var calls = 0;
        foreach (var (n, t) in readings)
        {
            dn = (smoothing * n) + ((1 - smoothing) * dn);
            dt = (smoothing * t) + ((1 - smoothing) * dt);
            calls++;
        }

        var correction = 1 - Math.Pow(1 - smoothing, calls);
        return (dn / correction) / (dt / correction);
    }

    [Fact]
    public void The_rate_is_the_bias_corrected_moving_average_of_items_over_time()
    {
        var estimator = new RateEstimator(startSeconds: 0);
        estimator.Update(1, 10);
        Assert.Equal(10, estimator.Rate(1, 10), 9);

        estimator.Update(2, 30);
        estimator.Update(4, 34);
        Assert.Equal(TqdmRate(0.3, [(10, 1), (20, 1), (4, 2)]), estimator.Rate(4, 34), 9);

        // Recent readings weigh more than the whole run's average (34 / 4 = 8.5).
        Assert.NotEqual(8.5, estimator.Rate(4, 34), 3);
    }

    [Fact]
    public void Before_any_reading_the_whole_run_average_serves()
    {
        var estimator = new RateEstimator(startSeconds: 100);

        Assert.Equal(0, estimator.Rate(100, 0));
        Assert.Null(estimator.SecondsLeft(105, 0, 10));
        Assert.Equal(2, estimator.Rate(105, 10), 9);
        Assert.Equal(5, estimator.SecondsLeft(105, 10, 10)!.Value, 9);
    }

    [Fact]
    public void The_estimate_never_goes_blank_once_an_item_has_finished()
    {
        var estimator = new RateEstimator(startSeconds: 0);
        estimator.Update(1, 1);
        for (var t = 2; t < 200; t++)
        {
            estimator.Update(t, 1); // nothing finishes for a long while
            Assert.NotNull(estimator.SecondsLeft(t, 1, 5));
        }

        // Nothing at all in measurable time still gives an estimate, not a blank.
        var instant = new RateEstimator(startSeconds: 7);
        Assert.Equal(0, instant.SecondsLeft(7, 3, 2));
    }

    [Fact]
    public void Nothing_left_is_no_time_left()
    {
        Assert.Equal(0, new RateEstimator(0).SecondsLeft(0, 0, 0));
    }
}

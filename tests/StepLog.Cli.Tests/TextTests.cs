using StepLog.Cli.Text;

namespace StepLog.Cli.Tests;

public class TextTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("15m", 900_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("2d", 172_800_000)]
    [InlineData("1.5s", 1_500)]
    public void Durations_read_as_people_type_them(string text, double milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(milliseconds, duration.TotalMilliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("h")]
    [InlineData("5 parsecs")]
    [InlineData("1y")]
    public void Non_durations_are_refused(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Fact]
    public void A_since_is_a_duration_back_or_a_moment()
    {
        var now = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

        Assert.True(TimeArgument.TryParse("1h", now, out var hourAgo));
        Assert.Equal(now.AddHours(-1), hourAgo);
        Assert.True(TimeArgument.TryParse("2026-11-29T08:00:00Z", now, out var moment));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero), moment);
        Assert.False(TimeArgument.TryParse("yesterday-ish", now, out _));
    }
}

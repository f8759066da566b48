using StepLog.Cli.Input;

namespace StepLog.Cli.Tests.Input;

public class TimestampTextTests
{
    [Theory]
    [InlineData("2026-11-30 08:00:00", "2026-11-30T08:00:00.0000000+00:00")]
    [InlineData("2026-11-30T08:00:00.5+02:00", "2026-11-30T06:00:00.5000000+00:00")]
    [InlineData("2026-11-30 08:00:00,123", "2026-11-30T08:00:00.1230000+00:00")]
    [InlineData("2026-11-30T08:00:00.1234567Z", "2026-11-30T08:00:00.1234567+00:00")]
    [InlineData("30 Nov 2026 08:00:00", "2026-11-30T08:00:00.0000000+00:00")]
    public void The_forms_logs_use_are_read_as_UTC_unless_they_say_otherwise(string text, string expected)
    {
        Assert.True(TimestampText.TryParse(text, out var timestamp));
        Assert.Equal(expected, timestamp.ToUniversalTime().ToString("O"));
    }

    [Theory]
    [InlineData("2026-13-30 08:00:00")]
    [InlineData("2026-02-30 08:00:00")]
    [InlineData("Got:")]
    public void What_is_not_a_time_is_refused(string text) => Assert.False(TimestampText.TryParse(text, out _));
}

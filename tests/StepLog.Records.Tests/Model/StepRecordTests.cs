namespace StepLog.Records.Tests.Model;

public sealed class StepRecordTests
{
    [Theory]
    [InlineData(StepStatus.Pending, false, false)]
    [InlineData(StepStatus.Running, false, false)]
    [InlineData(StepStatus.Success, true, false)]
    [InlineData(StepStatus.Warning, true, false)]
    [InlineData(StepStatus.Error, false, true)]
    [InlineData(StepStatus.Failed, true, true)]
    [InlineData(StepStatus.Skipped, true, false)]
    public void Terminal_and_error_statuses(StepStatus status, bool terminal, bool error)
    {
        var record = new StepRecord("doc1", "step", status);

        Assert.Equal(terminal, record.IsTerminal);
        Assert.Equal(error, record.IsError);
    }

    [Fact]
    public void A_timestamp_is_kept_in_UTC_and_defaults_to_when_the_record_was_made()
    {
        var before = DateTimeOffset.UtcNow;
        var made = new StepRecord("doc1", "step", StepStatus.Running);
        var shifted = made with { Timestamp = new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.FromHours(2)) };

        Assert.InRange(made.Timestamp, before, DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, shifted.Timestamp.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), shifted.Timestamp);
    }

    [Fact]
    public void Details_are_never_null()
    {
        var record = new StepRecord("doc1", "step", StepStatus.Running);

        Assert.Empty(record.Details);
        var error = Assert.Throws<ArgumentNullException>(() => record with { Details = null! });
        Assert.Equal("Details", error.ParamName);
    }

    [Fact]
    public void Subject_and_step_name_are_required()
    {
        Assert.Equal("SubjectId", Assert.Throws<ArgumentNullException>(() => new StepRecord(null!, "step", StepStatus.Running)).ParamName);
        Assert.Equal("StepName", Assert.Throws<ArgumentNullException>(() => new StepRecord("doc1", null!, StepStatus.Running)).ParamName);
    }

    public static TheoryData<object?, object?> Values() => new()
    {
        { null, null },
        { "text", "text" },
        { true, true },
        { 5, 5L },
        { (byte)5, 5L },
        { 5u, 5L },
        { ulong.MaxValue, (double)ulong.MaxValue },
        { 1.5f, 1.5 },
        { 2.25m, 2.25 },
        { double.NaN, "NaN" },
        { double.PositiveInfinity, "Infinity" },
        { new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), "11/30/2026 12:00:00 +00:00" },
        { StepStatus.Failed, "Failed" },
        { new Uri("https://example.com/a"), "https://example.com/a" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Detail_values_are_normalized_to_what_every_store_returns(object? given, object? expected)
    {
        Assert.Equal(expected, StepDetailValue.Normalize(given));
    }

    [Fact]
    public void Retention_keeps_routine_outcomes_7_days_and_the_rest_30()
    {
        var retention = new StepRetention();

        Assert.Equal([7, 7], new[] { StepStatus.Success, StepStatus.Skipped }.Select(status => retention.For(status).TotalDays));
        Assert.All(
            new[] { StepStatus.Pending, StepStatus.Running, StepStatus.Warning, StepStatus.Error, StepStatus.Failed },
            status => Assert.Equal(30, retention.For(status).TotalDays));
        Assert.Null(new StepRetention { Failed = Timeout.InfiniteTimeSpan }.CutoffFor(StepStatus.Failed, DateTimeOffset.UtcNow));
    }
}

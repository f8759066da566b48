using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>What the generated wrapper hands the logger: every value in order, and one level check per step.</summary>
[Collection(nameof(GlobalFactory))] // one test listens to the StepLog activity source, which is process-wide
public class ValuesAndLevelTests
{
    [Theory]
    [InlineData(System.Diagnostics.ActivitySamplingResult.PropagationData, 0)]
    [InlineData(System.Diagnostics.ActivitySamplingResult.AllData, 1)]
    public void Result_values_are_read_only_for_a_line_or_a_span_that_records_them(System.Diagnostics.ActivitySamplingResult sampling, int tracedReads)
    {
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == StepLogging.ActivitySourceName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => sampling,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        var traced = new CountedCollection();
        var logged = new CountedCollection();
        var capture = new LogCapture();

        new Listing(DisabledLogger.Instance).List(traced);
        new Listing(capture.CreateLogger("Listing")).List(logged);

        Assert.Equal(tracedReads, traced.Reads);
        Assert.Equal(1, logged.Reads);
        Assert.Equal("✅ [1/1] List - SUCCESS (items=3, duration_ms=#)", Lines.Normalize(capture.Lines[1]));
    }

    [Fact]
    public void A_step_of_eight_values_logs_them_all_in_order_with_their_types()
    {
        var capture = new LogCapture();
        var id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        new Wide(capture.CreateLogger("Wide")).Take(1, 2L, "three", null, true, 6.5, id, DayOfWeek.Friday);

        Assert.Equal(
            "▶️  [1/1] Take eight (a=1, b=2, c=three, d=null, e=true, f=6.5, g=3f2504e0-4f89-11d3-9a0c-0305e82c3301, last=Friday)",
            capture.Lines[0]);
        var start = capture.Entries[0];
        Assert.Equal(2L, start.Field("b"));
        Assert.Null(start.Field("d"));
        Assert.Equal(id, start.Field("g"));
        Assert.Equal(DayOfWeek.Friday, start.Field("last"));
    }

    [Fact]
    public void An_exception_whose_Message_throws_still_passes_through_as_itself()
    {
        var capture = new LogCapture();
        var error = new UnreadableMessageException();

        var thrown = Record.Exception(() => new Failing(capture.CreateLogger("Failing")).Break(error));

        Assert.Same(error, thrown);
        Assert.StartsWith("❌ [1/1] Break - FAILED: <error: NotSupportedException> (duration_ms=", capture.Lines[1]);
    }

    [Fact]
    public void An_enabled_step_asks_the_logger_for_its_level_once()
    {
        var logger = new CountingLogger();

        new Measured(logger).Sync(1, "n");

        Assert.Equal(2, logger.Writes);
        Assert.Equal(1, logger.LevelChecks);
    }

    [Fact]
    public void A_disabled_step_asks_once_and_writes_nothing()
    {
        var logger = new CountingLogger { Enabled = false };

        new Measured(logger).Sync(1, "n");

        Assert.Equal(0, logger.Writes);
        Assert.Equal(1, logger.LevelChecks);
    }

    private sealed class CountingLogger : ILogger
    {
        public bool Enabled { get; init; } = true;

        public int LevelChecks { get; private set; }

        public int Writes { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel)
        {
            LevelChecks++;
            return Enabled;
        }

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Writes++;
    }
}

namespace StepLog.Records.Tests.Recording;

/// <summary>The entry point the runtime records through: <see cref="StepRecorder"/>.</summary>
public sealed class StepRecorderTests : IDisposable
{
    // The store, observers and fault handler set here are this test's configuration: the tests run beside the others.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();

    public void Dispose() => _configuration.Dispose();

    [Fact]
    public void With_no_store_and_no_observer_nothing_records()
    {
        StepLogging.UseStepStore(null);

        Assert.False(StepRecorder.IsRecording);
        Assert.Null(StepLogging.StepStore);
    }

    [Fact]
    public async Task A_record_goes_to_the_store_and_to_every_observer()
    {
        var store = new InMemoryStepStore();
        var observer = new CollectingObserver();
        StepLogging.UseStepStore(store);
        using var registration = StepLogging.ObserveRecords(observer);
        var record = new StepRecord("doc1", "extract", StepStatus.Success) { Sequence = StepRecorder.NextSequence() };

        Assert.True(StepRecorder.IsRecording);
        StepRecorder.Record(record);

        Assert.Same(record, Assert.Single(observer.Seen));
        RecordAssertSingle(await store.GetStepsAsync("doc1"), record);
    }

    [Fact]
    public void An_observer_alone_turns_recording_on_until_its_registration_is_disposed()
    {
        StepLogging.UseStepStore(null);
        var observer = new CollectingObserver();

        var registration = StepLogging.ObserveRecords(observer);
        Assert.True(StepRecorder.IsRecording);
        registration.Dispose();
        registration.Dispose();

        Assert.False(StepRecorder.IsRecording);
        StepRecorder.Record(new StepRecord("doc1", "unseen", StepStatus.Success));
        Assert.Empty(observer.Seen);
    }

    [Fact]
    public void Sequence_numbers_increase()
    {
        var first = StepRecorder.NextSequence();
        var second = StepRecorder.NextSequence();

        Assert.True(second > first);
    }

    [Fact]
    public async Task A_failing_store_or_observer_never_reaches_the_caller_and_the_others_still_get_the_record()
    {
        var faults = new List<Exception>();
        StepLogging.LoggingFault = faults.Add;
        var store = new SqliteStepStore($"Data Source=steplog-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await store.DisposeAsync();
        StepLogging.UseStepStore(store);
        using var broken = StepLogging.ObserveRecords(new ThrowingObserver());
        var observer = new CollectingObserver();
        using var working = StepLogging.ObserveRecords(observer);

        StepRecorder.Record(new StepRecord("doc1", "extract", StepStatus.Success));

        Assert.Single(observer.Seen);
        Assert.Collection(
            faults,
            fault => Assert.IsType<ObjectDisposedException>(fault),
            fault => Assert.Equal("observer broke", fault.Message));
    }

    [Fact]
    public void A_record_the_store_refuses_is_reported_never_thrown_into_the_step()
    {
        var faults = new List<Exception>();
        StepLogging.LoggingFault = faults.Add;
        var store = new InMemoryStepStore();
        StepLogging.UseStepStore(store);

        StepRecorder.Record(new StepRecord("doc1", "odd", (StepStatus)42));

        Assert.Equal(0, store.Count);
        Assert.Contains("Status", Assert.IsType<ArgumentException>(Assert.Single(faults)).Message);
    }

    private static void RecordAssertSingle(IReadOnlyList<StepRecord> records, StepRecord expected) =>
        Contract.RecordAssert.Same(expected, Assert.Single(records));

    private sealed class ThrowingObserver : IStepRecordObserver
    {
        public void OnRecorded(StepRecord record) => throw new InvalidOperationException("observer broke");
    }
}

using StepLog.Generated.Tests.Subjects;
using StepLog.Records;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// Nothing StepLog reads about a user's value (a collection's count, a value's text, the subject's text) can throw into
/// the caller: a value that cannot be read renders as <c>&lt;error: TypeName&gt;</c>, the body runs exactly once and its
/// result is what the caller gets.
/// </summary>
[Collection(nameof(GlobalFactory))] // the store is process-wide; allocation tests must not see it
public sealed class UnreadableValueTests : IDisposable
{
    private readonly InMemoryStepStore _store = new();
    private readonly LogCapture _capture = new();
    private readonly Unreadable _subject;

    public UnreadableValueTests()
    {
        // Recording too, so that the subject's text is asked for and the records take the values.
        StepLogging.UseStepStore(_store);
        _subject = new Unreadable(_capture.CreateLogger("Unreadable"));
    }

    public void Dispose()
    {
        StepLogging.UseStepStore(null);
        _store.Dispose();
    }

    [Fact]
    public void A_logged_collection_whose_Count_throws_renders_as_an_error_and_the_body_runs_once()
    {
        Assert.Equal(42, _subject.Drain(Unreadable.Disposed()));

        Assert.Equal(1, _subject.Runs["Drain"]);
        Assert.Equal("🚀 START: Drain (queue=<error: ObjectDisposedException>)", _capture.Lines[0]);
        Assert.Equal("<error: ObjectDisposedException>", _capture.Entries[0].Field("queue"));
        Assert.StartsWith("🏁 COMPLETE: Drain (status=success", _capture.Lines[1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_result_whose_Count_throws_renders_as_an_error_and_the_caller_gets_the_result(bool yieldFirst)
    {
        var made = _subject.Open();
        var later = await _subject.MakeAsync(yieldFirst);
        var pair = _subject.MakePair();

        Assert.NotNull(made);
        Assert.NotNull(later);
        Assert.Equal(3, pair.Size);
        Assert.All(new[] { "Open", "Make", "MakeAsync", "MakePair" }, body => Assert.Equal(1, _subject.Runs[body]));
        var lines = _capture.Lines.Select(Lines.Normalize).ToList();
        Assert.Contains("✅ [1/3] Make - SUCCESS (made=<error: ObjectDisposedException>, duration_ms=#)", lines);
        Assert.Contains("🏁 COMPLETE: Open (status=success, made=<error: ObjectDisposedException>, total_duration_ms=#)", lines);
        Assert.Contains("✅ [2/3] Make later - SUCCESS (made=<error: ObjectDisposedException>, duration_ms=#)", lines);
        Assert.Contains("✅ [3/3] Make pair - SUCCESS (made=<error: ObjectDisposedException>, size=3, duration_ms=#)", lines);
    }

    [Fact]
    public void A_subject_and_a_value_whose_ToString_throws_cost_their_text_never_the_call()
    {
        var faults = new List<Exception>();
        var previous = StepLogging.LoggingFault;
        StepLogging.LoggingFault = faults.Add;
        try
        {
            Assert.Equal(7, _subject.Label(new Untextable(), new Untextable()));
        }
        finally
        {
            StepLogging.LoggingFault = previous;
        }

        Assert.Equal(1, _subject.Runs["Label"]);
        Assert.Equal("🚀 START: Label (value=<error: InvalidOperationException>)", _capture.Lines[0]);
        Assert.Contains(faults, f => f.Message == "no text");
    }
}

using StepLog.Generated.Tests.Traces;

namespace StepLog.Generated.Tests;

/// <summary>
/// A failure's text, as each sink receives it when the failure is logged (the exception object's ToString, as Serilog's
/// <c>@x</c> renders it; the console formatter's text; the span's <c>exception.stacktrace</c>), shows the user's frames
/// only: no frame that the trace the caller catches does not show. Sync and async steps and operations, pending or not.
/// </summary>
[Collection(nameof(GlobalFactory))] // listens to the StepLog activity source, which is process-wide
public class LoggedTraceTests
{
    [Fact]
    public async Task Every_sink_receives_a_trace_of_the_users_frames_only()
    {
        var texts = await SinkTexts.CollectAsync();

        AssertUserFramesOnly(texts);
    }

    /// <summary>Also the judge of the Debug fixture's output (see <see cref="DebugBuildTraceTests"/>).</summary>
    internal static void AssertUserFramesOnly(IReadOnlyList<SinkText> texts)
    {
        string[] cases = ["sync step and operation", "async step and operation", "pending async step and operation"];
        foreach (var name in cases)
        {
            // The step's FAILED line carries the exception (the operation's COMPLETE names it only); both spans have its event.
            foreach (var (sink, expected) in new[] { ("exception", 1), ("console", 1), ("span", 2) })
            {
                var received = texts.Where(t => t.Case == name && t.Sink == sink).ToList();
                Assert.True(received.Count == expected, $"{name}: {sink} received {received.Count} texts, expected {expected}.");
                foreach (var text in received)
                {
                    Assert.True(UserFrames.Frames(text.Logged).Any(), $"{name}, {sink}: no frame in the logged text:\n{text.Logged}");
                    var hidden = UserFrames.NotShownToTheCaller(text.Logged, text.Caught).ToList();
                    Assert.True(hidden.Count == 0, $"{name}, {sink}: frames the caller's trace does not show:\n{string.Join("\n", hidden)}\n\nLogged:\n{text.Logged}\n\nCaught:\n{text.Caught}");
                }
            }
        }
    }
}

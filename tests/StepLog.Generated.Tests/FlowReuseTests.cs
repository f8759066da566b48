using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// An async operation called again from the same execution context enters its flow by restoring the context it made
/// the time before, instead of setting the slot again: the body must see exactly what setting it would give, and a
/// caller whose context changed in between must never get the old one.
/// </summary>
public class FlowReuseTests
{
    [Fact]
    public async Task A_caller_that_changed_its_flow_between_calls_is_seen_as_it_is_now()
    {
        var capture = new LogCapture();
        var reader = new FlowReader(capture.CreateLogger("test"));
        var outer = new StepLogger(capture.CreateLogger("test"), "Outer");

        // Run in a flow of the test's own, so that the values set here stay here; inside an operation at depth 0, so
        // that a step inside the reader's operation is at depth 1 and one that lost it would be at 0.
        await Task.Run(async () =>
        {
            outer.Start();
            FlowReader.CallerValue.Value = "first";
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal("first", await reader.ReadAsync());
            }

            FlowReader.CallerValue.Value = "second";
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal("second", await reader.ReadAsync());
            }

            // The operation is not ambient once it completed: the caller's own flow is back.
            Assert.Equal("second", FlowReader.CallerValue.Value);
            Assert.Same(outer, StepLogger.Current);
            outer.Complete();
        });

        // Every call's step ran inside its operation (depth 1), the calls that reused a context as well.
        var steps = capture.Entries.Where(e => e.EventId.Name == "StepStart" && Equals(e.Field("step"), "Inner")).ToArray();
        Assert.Equal(6, steps.Length);
        Assert.All(steps, e => Assert.Equal(1, e.Field("depth")));
    }

    [Fact]
    public async Task An_operation_nested_in_one_that_reused_its_context_has_the_right_depth()
    {
        var capture = new LogCapture();
        var reader = new FlowReader(capture.CreateLogger("test"));
        var outer = new StepLogger(capture.CreateLogger("test"), "Outer");

        await Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await reader.ReadAsync();
            }

            outer.Start();
            for (var i = 0; i < 3; i++)
            {
                await reader.ReadAsync();
            }

            outer.Complete();
        });

        var depths = capture.Entries
            .Where(e => e.EventId.Name == "StepStart" && Equals(e.Field("step"), "Inner"))
            .Select(e => e.Field("depth"))
            .ToArray();
        // At top level the operation and its step are at depth 0; under Outer, 1. A context kept from the calls before
        // Outer started would put them back at 0.
        Assert.Equal(new object?[] { 0, 0, 0, 1, 1, 1 }, depths);
    }
}

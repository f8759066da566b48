using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>
/// What StepLog allocates, counted with GC.GetAllocatedBytesForCurrentThread (deterministic, unlike time).
/// A disabled level costs nothing; an enabled step costs nothing of StepLog's own when the provider discards.
/// </summary>
public class AllocationTests
{
    private const int Calls = 1000;

    [Fact]
    public void A_disabled_operation_allocates_nothing_beyond_the_logger_object()
    {
        var op = new StepLogger(DisabledLogger.Instance, "Disabled", 2);
        var bytes = Measure(() =>
        {
            op.Start(("provider", "openrouter"), ("count", 42));
            for (var i = 0; i < Calls; i++)
            {
                op.Step(1, "Fetch", ("provider", "openrouter"), ("attempt", i));
                op.Success(("raw_models", 2834), ("ratio", 0.5));
                op.Step(2, "Skip", ("flag", true));
                op.Skip("cached", ("key", "models:all"));
            }

            op.Complete(("total", 42));
        });

        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Enabled_steps_allocate_nothing_when_the_provider_discards()
    {
        using var op = new StepLogger(DiscardingLogger.Instance, "Enabled", 2);
        op.Start();
        var bytes = Measure(() =>
        {
            for (var i = 0; i < Calls; i++)
            {
                op.Step(1, "Fetch", ("provider", "openrouter"), ("attempt", i));
                op.Success(("raw_models", 2834), ("ratio", 0.5), ("ok", true));
            }
        });

        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Convenience_functions_allocate_nothing_when_disabled()
    {
        var bytes = Measure(() =>
        {
            for (var i = 0; i < Calls; i++)
            {
                DisabledLogger.Instance.LogStepStart(1, "Processing data", 3);
                DisabledLogger.Instance.LogStepSuccess(1, "Processing data", StepMetadata.Of("records", i), 3);
            }
        });

        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Completing_a_nested_operation_gives_back_the_callers_context_without_allocating()
    {
        // Setting the ambient slot back to a parent would allocate a new execution context; restoring the caller's does not.
        using var outer = new StepLogger(DiscardingLogger.Instance, "Outer", 1);
        outer.Start();
        var warmUp = new StepLogger(DiscardingLogger.Instance, "Inner", 1);
        warmUp.Start();
        warmUp.Complete();
        var inner = new StepLogger(DiscardingLogger.Instance, "Inner", 1);
        inner.Start();

        var before = GC.GetAllocatedBytesForCurrentThread();
        inner.Complete();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, bytes);
        Assert.Same(outer, StepLogger.Current);
    }

    private static long Measure(Action action)
    {
        action(); // warm up: JIT, static constructors, cached delegates
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

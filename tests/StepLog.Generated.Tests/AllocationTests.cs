using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// Bytes StepLog allocates per call of a generated step whose body allocates nothing and completes synchronously:
/// none, with the level disabled and with a logger that is enabled but discards.
/// </summary>
[Collection(nameof(GlobalFactory))] // allocation counts must not see another test's work on this thread
public class AllocationTests
{
    private const int Calls = 1000;

    public static TheoryData<string> Loggers() => new() { nameof(DisabledLogger), nameof(DiscardingLogger) };

    private static Measured Create(string logger) =>
        new(logger == nameof(DisabledLogger) ? DisabledLogger.Instance : DiscardingLogger.Instance);

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Sync_step_allocates_nothing(string logger)
    {
        var measured = Create(logger);

        Assert.Equal(0, BytesPerCall(() => measured.Sync(1, "n")));
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Task_step_that_completes_synchronously_allocates_nothing(string logger)
    {
        var measured = Create(logger);

        Assert.Equal(0, BytesPerCall(() => measured.TaskStep(1).GetAwaiter().GetResult()));
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Task_of_t_step_that_completes_synchronously_allocates_nothing(string logger)
    {
        var measured = Create(logger);

        Assert.Equal(0, BytesPerCall(() => measured.TaskOfT(1).GetAwaiter().GetResult()));
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Value_task_step_that_completes_synchronously_allocates_nothing(string logger)
    {
        var measured = Create(logger);

        Assert.Equal(0, BytesPerCall(() => Completed(measured.ValueTaskStep(1))));
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Value_task_of_t_step_that_completes_synchronously_allocates_nothing(string logger)
    {
        var measured = Create(logger);

        Assert.Equal(0, BytesPerCall(() => Completed(measured.ValueTaskOfT(1))));
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Step_that_logs_collections_as_their_counts_allocates_nothing(string logger)
    {
        var measured = Create(logger);
        int[] values = [1, 2];
        List<int> items = [1, 2, 3];

        Assert.Equal(0, BytesPerCall(() => GC.KeepAlive(measured.Counted(values, items))));
    }

    [Fact]
    public void Operation_with_its_level_disabled_allocates_nothing()
    {
        var measured = Create(nameof(DisabledLogger));

        Assert.Equal(0, BytesPerCall(() => Completed(measured.OperationAsync(0), 1)));
    }

    [Theory]
    [MemberData(nameof(Loggers))]
    public void Sync_operation_allocates_nothing(string logger)
    {
        var instance = logger == nameof(DisabledLogger) ? DisabledLogger.Instance : (ILogger)DiscardingLogger.Instance;
        var nested = new MeasuredOperation(instance, new MeasuredOperation(instance));

        Assert.Equal(0, BytesPerCall(() => Expect(nested.Run(1), 10)));
    }

    [Fact]
    public void Async_operation_allocates_only_the_execution_context_its_flow_needs()
    {
        var measured = Create(nameof(DiscardingLogger));
        var slot = new AsyncLocal<object?>();
        var value = new object();

        // What any AsyncLocal change costs: the new execution context (and its map of values); giving the caller's back does not.
        var oneFlowChange = BytesPerCall(() =>
        {
            var caller = ExecutionContext.Capture()!;
            slot.Value = value;
            ExecutionContext.Restore(caller);
        });
        var operation = BytesPerCall(() => Completed(measured.OperationAsync(0), 1));

        Assert.InRange(oneFlowChange, 1, 200);
        Assert.InRange(operation, 0, oneFlowChange);
    }

    [Fact]
    public void Async_operation_called_again_from_the_same_context_allocates_nothing()
    {
        // A loop that awaits the operation calls it from the same execution context every time: the context that
        // entering the operation made is kept and restored, instead of a new one (and its map of values) per call.
        var measured = Create(nameof(DiscardingLogger));

        Assert.Equal(0, BytesPerCall(() => Completed(measured.OperationAsync(0), 1)));
    }

    [Fact]
    public void The_measurement_sees_an_allocation()
    {
        // Guards the tests above: a body that allocates must not measure as 0.
        Assert.True(BytesPerCall(() => GC.KeepAlive(new object())) > 0);
    }

    // Plain checks: assertion helpers may allocate themselves.
    private static void Completed(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("The step was expected to complete synchronously.");
        }
    }

    private static void Completed(ValueTask<int> task, int expected = 1)
    {
        if (!task.IsCompletedSuccessfully || task.Result != expected)
        {
            throw new InvalidOperationException("The step was expected to complete synchronously with 1.");
        }
    }

    private static void Expect(int actual, int expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {actual}.");
        }
    }

    private static long BytesPerCall(Action call)
    {
        for (var i = 0; i < 100; i++)
        {
            call(); // warm-up: JIT tiers, static initialisers, first-use caches
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }
}

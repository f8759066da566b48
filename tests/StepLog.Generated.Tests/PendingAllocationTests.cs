using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// What a step adds over the bare call of its body when the body's task is still pending: the awaiting helper's state.
/// The test completes the task itself, so the helper's continuation runs inline on the measuring thread.
/// </summary>
[Collection(nameof(GlobalFactory))]
public class PendingAllocationTests
{
    private const int Calls = 1000;

    [Fact]
    public void A_pending_value_task_step_adds_nothing_over_the_bare_call_thanks_to_the_pooling_builder()
    {
        var pending = new Pending(DiscardingLogger.Instance);

        var added = BytesPerCall(pending, p => p.ValueTaskOfT()) - BytesPerCall(pending, p => p.BareValueTaskOfT());

        Assert.Equal(0, added);
    }

    [Fact]
    public void A_pending_task_step_adds_one_state_machine_over_the_bare_call()
    {
        var pending = new Pending(DiscardingLogger.Instance);

        var added = BytesPerCall(pending, p => p.TaskOfT()) - BytesPerCall(pending, p => p.BareTaskOfT());

        // One AsyncStateMachineBox, which is also the returned Task<int>: its state machine holds the awaited task,
        // the step (with its clock) and the result. 176 bytes on x64 .NET 10; a second object would pass 200.
        Assert.InRange(added, 1, MaxStateMachineBytes);
    }

    private const long MaxStateMachineBytes = 200;

    private static long BytesPerCall(Pending pending, Func<Pending, Task<int>> call) =>
        Measure(pending, p => call(p), task => task.IsCompletedSuccessfully && task.Result == 1);

    private static long BytesPerCall(Pending pending, Func<Pending, ValueTask<int>> call) =>
        Measure(pending, p => call(p), task => task.IsCompletedSuccessfully && task.Result == 1);

    private static long Measure<TTask>(Pending pending, Func<Pending, TTask> call, Func<TTask, bool> completedWithOne)
    {
        // Continuations run inline only where no synchronization context asks for its own thread (xunit sets one).
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return MeasureInline(pending, call, completedWithOne);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private static long MeasureInline<TTask>(Pending pending, Func<Pending, TTask> call, Func<TTask, bool> completedWithOne)
    {
        void Once()
        {
            pending.Source = new TaskCompletionSource<int>();
            var task = call(pending);
            pending.Source.SetResult(1);
            if (!completedWithOne(task))
            {
                throw new InvalidOperationException("The continuation was expected to run inline.");
            }
        }

        for (var i = 0; i < 100; i++)
        {
            Once();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            Once();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }
}

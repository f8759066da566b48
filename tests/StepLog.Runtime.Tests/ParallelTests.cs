using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>Operations running in parallel keep their own contexts: the ambient operation is per async flow.</summary>
public class ParallelTests
{
    [Fact]
    public async Task A_thousand_parallel_operations_with_nested_ones_keep_their_own_contexts()
    {
        var capture = new LogCapture();
        var logger = capture.CreateLogger("Parallel");

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
        {
            using var op = new StepLogger(logger, $"Op {i}", 2);
            op.Start(("i", i));
            op.Step(1, "Prepare");
            await Task.Yield();
            op.Success();
            op.Step(2, "Run child");
            using (var child = new StepLogger(logger, $"Child {i}", 1))
            {
                child.Start();
                await Task.Yield();
                child.Step(1, "Child work");
                child.Success();
                child.Complete();
            }

            op.Success();
            op.Complete();
        })));

        var entries = capture.Entries;
        Assert.Equal(1000 * (6 + 4), entries.Count);
        foreach (var group in entries.GroupBy(e => (string)e.Field("operation")!))
        {
            var isChild = group.Key.StartsWith("Child", StringComparison.Ordinal);
            Assert.Equal(1, group.Count(e => e.EventId.Id == (int)StepEvent.OperationStart));
            Assert.Equal(1, group.Count(e => e.EventId.Id == (int)StepEvent.OperationComplete));
            Assert.All(group, e => Assert.Equal(isChild ? 1 : 0, (int)e.Field("depth")!));
        }

        Assert.Equal(2000, entries.Select(e => e.Field("operation")).Distinct().Count());
    }
}

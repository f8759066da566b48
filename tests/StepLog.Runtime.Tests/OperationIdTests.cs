using System.Collections.Concurrent;

namespace StepLog.Runtime.Tests;

/// <summary>Run ids join lines, records and traces: no two runs of the process may share one.</summary>
public class OperationIdTests
{
    [Fact]
    public void Ids_made_on_many_threads_are_all_different()
    {
        // Each thread takes counter values a block at a time: enough ids per thread to cross several blocks.
        const int Threads = 8;
        const int PerThread = 5000;
        var seen = new ConcurrentDictionary<OperationId, bool>();
        var duplicates = 0;

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var id = OperationId.New();
                if (!id.IsSet || !seen.TryAdd(id, true))
                {
                    Interlocked.Increment(ref duplicates);
                }
            }
        });

        Assert.Equal(0, duplicates);
        Assert.Equal(Threads * PerThread, seen.Count);
    }
}

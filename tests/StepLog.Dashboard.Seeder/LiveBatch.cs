namespace StepLog.Dashboard.Seeder;

/// <summary>
/// A batch that keeps running until its caller lets it go: each item waits for <see cref="Advance"/>, so a test decides
/// when progress happens and never waits on time.
/// </summary>
public sealed class LiveBatch : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(0);
    private readonly Task<BatchResult> _run;
    private int _released;

    private LiveBatch(int total)
    {
        Total = total;
        var importer = new LeadImporter();
        var leads = Enumerable.Range(1, total).Select(i => "live-" + i).ToList();
        _run = StepBatch.RunAsync(
            Seeded.LiveImport,
            leads,
            async (lead, token) =>
            {
                await _gate.WaitAsync(token);
                await importer.ImportAsync(lead);
            },
            new StepBatchOptions { HandleSignals = false, ProgressInterval = TimeSpan.Zero },
            itemId: lead => lead);
    }

    /// <summary>How many items the batch has.</summary>
    public int Total { get; }

    /// <summary>Starts the batch; its items wait for <see cref="Advance"/>.</summary>
    public static LiveBatch Start(int total) => new(total);

    /// <summary>Lets <paramref name="items"/> more items run.</summary>
    public void Advance(int items)
    {
        _released += items;
        _gate.Release(items);
    }

    /// <summary>Lets the rest run and waits for the batch to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Total > _released)
        {
            Advance(Total - _released);
        }

        await _run;
        _gate.Dispose();
    }
}

namespace StepLog.Batches.Tests;

/// <summary>A file that fails on every write during a run is handed to <see cref="StepLogging.LoggingFault"/> once, not once per write.</summary>
[Collection(RunAloneCollection.Name)]
public class FaultOnceTests
{
    [Fact]
    public async Task A_progress_file_that_fails_on_every_write_is_reported_to_LoggingFault_once()
    {
        using var batch = new BatchFixture();
        var folder = batch.PathOf("progress");
        batch.Options.ProgressFile = Path.Combine(folder, "leads.json");
        batch.Options.ProgressInterval = TimeSpan.Zero;
        var faults = new List<Exception>();
        var previous = StepLogging.LoggingFault;
        StepLogging.LoggingFault = fault =>
        {
            lock (faults)
            {
                faults.Add(fault);
            }
        };
        try
        {
            await StepBatch.RunAsync("Leads", Enumerable.Range(1, 50), (item, _) =>
            {
                if (item == 3)
                {
                    Directory.Delete(folder, recursive: true);
                    File.WriteAllText(folder, "in the way");
                }

                return default;
            }, batch.Options);
        }
        finally
        {
            StepLogging.LoggingFault = previous;
        }

        Assert.IsAssignableFrom<IOException>(Assert.Single(faults));
    }
}

using StepLog.Cli.Tests.Support;
using StepLog.Cli.Watching;

namespace StepLog.Cli.Tests.Watch;

public class ProgressFileReaderTests
{
    [Fact]
    public async Task Reads_a_file_the_runtime_keeps_replacing_without_ever_seeing_half_of_one()
    {
        using var folder = new TempFolder();
        var file = folder.File("busy.json");
        var batch = RuntimeBatch.RunAsync("Busy", file, 400, async (_, token) => await Task.Delay(1, token));
        await RuntimeBatch.WaitForProcessedAsync(file, 0);

        var reads = 0;
        var processed = new List<long>();
        while (!batch.IsCompleted)
        {
            var reading = ProgressFileReader.Read(file);
            Assert.NotNull(reading);
            Assert.True(reading.Problem is null, reading.Problem);
            processed.Add(reading.Progress!.Processed);
            reads++;
        }

        await batch;
        Assert.True(reads > 10, $"only {reads} reads overlapped the batch");
        Assert.Equal(processed.Order(), processed);
    }

    [Fact]
    public void A_file_that_vanished_is_no_reading_at_all()
    {
        using var folder = new TempFolder();

        Assert.Null(ProgressFileReader.Read(folder.File("gone.json")));
    }
}

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
        var enoughReads = new TaskCompletionSource();
        const int Items = 400;

        // The last item waits for the reader, so that the reads overlap the rewrites however loaded the machine is.
        var batch = RuntimeBatch.RunAsync("Busy", file, Items, async (item, token) =>
        {
            await Task.Delay(1, token);
            if (item == Items)
            {
                await enoughReads.Task;
            }
        });
        while (!File.Exists(file))
        {
            await Task.Delay(1);
        }

        var processed = new List<long>();
        while (!batch.IsCompleted)
        {
            var reading = ProgressFileReader.Read(file);
            Assert.NotNull(reading);
            Assert.True(reading.Problem is null, reading.Problem);
            processed.Add(reading.Progress!.Processed);
            if (processed.Count == 200)
            {
                enoughReads.SetResult();
            }
        }

        await batch;
        Assert.Equal(processed.Order(), processed);
        Assert.True(processed.Distinct().Count() > 1, "the reads saw only one version of the file");
    }

    [Fact]
    public void A_file_that_vanished_is_no_reading_at_all()
    {
        using var folder = new TempFolder();

        Assert.Null(ProgressFileReader.Read(folder.File("gone.json")));
    }
}

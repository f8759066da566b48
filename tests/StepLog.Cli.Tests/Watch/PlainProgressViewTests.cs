using StepLog.Cli.Watching;

namespace StepLog.Cli.Tests.Watch;

public class PlainProgressViewTests
{
    // A new run of the same batch rewrites the same file: its id tells it from the last run, even at the same count.
    [Fact]
    public void A_new_run_writing_the_same_file_is_shown_as_a_change()
    {
        var output = new StringWriter();
        var view = new PlainProgressView(output);

        view.Show([Reading("aaaaaaaaaaaaaaaa")]);
        view.Show([Reading("aaaaaaaaaaaaaaaa")]);
        view.Show([Reading("bbbbbbbbbbbbbbbb")]);

        Assert.Equal(
            ["nightly.json: Nightly [op aaaaaaaaaaaaaaaa] running 1/2 (50.0%) 1.0/s ETA 1s",
             "nightly.json: Nightly [op bbbbbbbbbbbbbbbb] running 1/2 (50.0%) 1.0/s ETA 1s"],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    // The id is read from a file anyone can write: it cannot carry a control character onto the terminal.
    [Fact]
    public void An_operation_id_with_control_characters_is_shown_escaped()
    {
        var output = new StringWriter();
        new PlainProgressView(output).Show([Reading("x\u001b[31m\ny")]);

        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.Equal(["nightly.json: Nightly [op x\\u001b[31m\\ny] running 1/2 (50.0%) 1.0/s ETA 1s"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static ProgressReading Reading(string operationId) => new(
        "/progress/nightly.json",
        new BatchProgress("Nightly", BatchProgress.Running, 1, 2, 50, 1, 1, 1, null, null, 1, 0, 0, null) { OperationId = operationId },
        null);
}

namespace StepLog.Package.Tests;

/// <summary>
/// Step records through the real build: a fresh project with [Subject] on an operation and a StepLogger with a
/// subject, Warning and Retry, built with warnings as errors; the records it prints are those the issue lists.
/// </summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class RecordingEndToEndTests(PackedPackage package)
{
    private const string Program = """
        using StepLog;
        using StepLog.Records;

        await using var store = new InMemoryStepStore();
        StepLogging.UseStepStore(store);

        await new Documents().ProcessAsync(123, pages: 2);
        using (var op = new StepLogger("Reindex", totalSteps: 1) { Subject = "123" })
        {
            op.Start();
            op.Step(1, "Fetch index");
            op.Retry(new TimeoutException("gateway timeout"), attempt: 1);
            op.Warning("stale entries", ("stale", 2));
            op.Complete();
        }

        await store.FlushAsync();
        foreach (var r in await store.GetStepsAsync("123"))
        {
            Console.Error.WriteLine($"{r.Operation}|{r.StepNumber}/{r.TotalSteps}|{r.StepName}|{r.Status}|{r.ErrorMessage}|{r.OperationId?.Length}");
        }

        public sealed partial class Documents
        {
            [Operation("Process document")]
            public partial Task ProcessAsync([Subject] int documentId, [Log] int pages);

            [Step(1, "Extract text", Result = "chars")]
            private partial Task<int> ExtractAsync(int pages);

            [Step(2, "Classify")]
            private partial void Classify(int chars);

            private async Task ProcessAsyncCore(int documentId, int pages) => Classify(await ExtractAsync(pages));

            private async Task<int> ExtractAsyncCore(int pages)
            {
                await Task.Yield();
                return pages * 500;
            }

            private void ClassifyCore(int chars)
            {
            }
        }
        """;

    [Fact]
    public void Generated_operations_and_StepLogger_record_every_event_under_their_subject()
    {
        var project = ConsumerProject.Create(package, "recording", Program);

        var run = project.BuildCleanlyAndRun();
        Assert.Equal(
            [
                "Process document|0/2|Process document|Running||16",
                "Process document|1/2|Extract text|Pending||16",
                "Process document|2/2|Classify|Pending||16",
                "Process document|1/2|Extract text|Running||16",
                "Process document|1/2|Extract text|Success||16",
                "Process document|2/2|Classify|Running||16",
                "Process document|2/2|Classify|Success||16",
                "Process document|0/2|Process document|Success||16",
                "Reindex|0/1|Reindex|Running||16",
                "Reindex|1/1|Fetch index|Running||16",
                "Reindex|1/1|Fetch index|Error|Retry 1: gateway timeout|16",
                "Reindex|1/1|Fetch index|Warning|stale entries|16",
                "Reindex|0/1|Reindex|Success||16",
            ],
            run.StandardError.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
    }
}

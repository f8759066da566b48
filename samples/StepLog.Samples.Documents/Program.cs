// The processing-steps scenario: the documents in data/documents go through three workflows, and every step of every
// run is recorded in a SQLite steps file (steplog-samples/documents/steps.db in the temp folder).
//   basic     read, extract and classify each document ([Operation]/[Step], [Subject] on the document id);
//             corrupt-0666 is not text and fails at step 2
//   retry     publish each processed document (StepLogger): scan-0311 has too few words (a warning); the search index
//             refuses invoice-2041 twice (two retries, then success) and memo-0102 every time (failed after 3 attempts)
//   parallel  process the sections of contract-0917 at once; its empty Signatures section fails
// Then it reads the records back: the steps of one document (GetStepsAsync) and the errors and warnings of the run
// (GetRecentErrorsAsync), as two small tables. `dotnet run -- <document id>` shows that document's steps;
// `dotnet run -- --dashboard` then serves the StepLog dashboard over the steps file until Ctrl+C.

using Microsoft.Extensions.Logging;
using StepLog;
using StepLog.Records;
using StepLog.Samples.Documents;
using StepLog.Samples.Documents.Processing;

var serveDashboard = args.Contains(DocumentsDashboard.Flag);
var shown = args.FirstOrDefault(arg => arg != DocumentsDashboard.Flag) ?? "invoice-2041";
var folder = Path.Combine(AppContext.BaseDirectory, "data", "documents");
var documents = DocumentFile.In(folder);
var dataDirectory = Path.Combine(Path.GetTempPath(), "steplog-samples", "documents");
Directory.CreateDirectory(dataDirectory);

await using var steps = new SqliteStepStore("Data Source=" + Path.Combine(dataDirectory, "steps.db"));
StepLogging.UseStepStore(steps);
var runStarted = DateTimeOffset.UtcNow; // the file keeps earlier runs: the tables show this one's

var loggers = StepLogging.LoggerFactory;
var processor = new DocumentProcessor(loggers.CreateLogger<DocumentProcessor>(), folder);
var index = new SearchIndex(new Dictionary<string, int> { ["invoice-2041"] = 2, ["memo-0102"] = int.MaxValue });
var publisher = new DocumentPublisher(loggers.CreateLogger<DocumentPublisher>(), index);
var sections = new SectionProcessor(loggers.CreateLogger<SectionProcessor>());

// Basic: every document; one that fails is recorded Failed and the others go on.
var processed = new List<(string Id, DocumentSummary Summary)>();
foreach (var document in documents)
{
    try
    {
        processed.Add((document.Id, await processor.ProcessAsync(document.Id, Path.GetFileName(document.Path), CancellationToken.None)));
    }
    catch (InvalidDataException)
    {
        // Logged and recorded by the operation; nothing to publish.
    }
}

// Retry: publish what was processed.
foreach (var (id, summary) in processed)
{
    await publisher.PublishAsync(id, summary, CancellationToken.None);
}

// Parallel: the sections of the contract.
var contract = processed.Single(d => d.Id == "contract-0917").Summary;
await sections.ProcessSectionsAsync("contract-0917", contract.Sections, CancellationToken.None);

// Everything recorded is written before it is read back.
await steps.FlushAsync();
Console.WriteLine();
RecordTables.PrintSteps(shown, await steps.GetStepsAsync(shown, since: runStarted));
Console.WriteLine();
RecordTables.PrintErrors(await steps.GetRecentErrorsAsync(runStarted, includeWarnings: true));
if (serveDashboard)
{
    await DocumentsDashboard.ServeAsync(steps);
}

return 0;

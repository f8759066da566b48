using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace StepLog.Package.Tests;

/// <summary>
/// The Documents sample runs the processing-steps workflows (basic, retry, parallel) over its sample documents, records
/// every step in its SQLite steps file, and prints what it reads back: the steps of one document and the errors and
/// warnings of the run. Its documents and the index's refusals are fixed, so every record is known but the durations.
/// </summary>
[Trait("Category", "EndToEnd")]
public class DocumentsSampleTests
{
    private const string Sample = "StepLog.Samples.Documents";

    [Fact]
    public void The_run_prints_the_recorded_steps_of_one_document_and_the_errors_and_warnings_of_the_run()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run();

        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = SampleRun.Lines(run.StandardOutput).Select(l => Regex.Replace(l, @"\d+\.\d ms *", "# ms ").TrimEnd()).ToArray(); // durations vary, and so do their widths
        string[] steps =
        [
            "Steps of invoice-2041, oldest first:",
            "  operation          step                           status    duration   message",
            "  Process document   [0/3] Process document         Running",
            "  Process document   [1/3] Read file                Pending",
            "  Process document   [2/3] Extract text             Pending",
            "  Process document   [3/3] Classify                 Pending",
            "  Process document   [1/3] Read file                Running",
            "  Process document   [1/3] Read file                Success   # ms",
            "  Process document   [2/3] Extract text             Running",
            "  Process document   [2/3] Extract text             Success   # ms",
            "  Process document   [3/3] Classify                 Running",
            "  Process document   [3/3] Classify                 Success   # ms",
            "  Process document   [0/3] Process document         Success   # ms",
            "  Publish document   [0/2] Publish document         Running",
            "  Publish document   [1/2] Check text quality       Running",
            "  Publish document   [1/2] Check text quality       Success   # ms",
            "  Publish document   [2/2] Send to search index     Running",
            "  Publish document   [2/2] Send to search index     Error     # ms Retry 1: search index unavailable (HTTP 503)",
            "  Publish document   [2/2] Send to search index     Error     # ms Retry 2: search index unavailable (HTTP 503)",
            "  Publish document   [2/2] Send to search index     Success   # ms",
            "  Publish document   [0/2] Publish document         Success   # ms",
        ];
        string[] errors =
        [
            "Errors and warnings of this run, newest first: 11",
            "  document       operation / step                                   status    message",
            "  contract-0917  Process section / [0/1] Process section            Failed    the section has no text",
            "  contract-0917  Process section / [1/1] Summarize section          Failed    the section has no text",
            "  scan-0311      Publish document / [1/2] Check text quality        Warning   few words, the scan may be unreadable",
            "  memo-0102      Publish document / [0/2] Publish document          Failed    Max retries exceeded: search index unavailable (HTTP 503)",
            "  memo-0102      Publish document / [2/2] Send to search index      Failed    Max retries exceeded: search index unavailable (HTTP 503)",
            "  memo-0102      Publish document / [2/2] Send to search index      Error     Retry 2: search index unavailable (HTTP 503)",
            "  memo-0102      Publish document / [2/2] Send to search index      Error     Retry 1: search index unavailable (HTTP 503)",
            "  invoice-2041   Publish document / [2/2] Send to search index      Error     Retry 2: search index unavailable (HTTP 503)",
            "  invoice-2041   Publish document / [2/2] Send to search index      Error     Retry 1: search index unavailable (HTTP 503)",
            "  corrupt-0666   Process document / [0/3] Process document          Failed    not a text document: binary content at byte 0",
            "  corrupt-0666   Process document / [2/3] Extract text              Failed    not a text document: binary content at byte 0",
        ];
        Assert.Equal([.. steps, .. errors], lines.SkipWhile(l => !l.StartsWith("Steps of ", StringComparison.Ordinal)));

        // steplog reads the console as the run's own error list tells it: every operation started (each START line),
        // and the three failed steps of that list (the rows of a step, not of a whole operation, [0/N]).
        var report = SampleReport.OfConsole(sample, run.StandardOutput);
        var started = lines.Count(l => l.Contains("🚀 START: ", StringComparison.Ordinal));
        Assert.Equal((started, started - 3, 3, 0), report.Operations);
        Assert.Equal(
            ["Process document [2] Extract text", "Publish document [2] Send to search index", "Process section [1] Summarize section"],
            report.FailedSteps);
    }

    [Fact]
    public void The_steps_file_holds_every_record_of_the_run_under_its_document()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run();

        Assert.True(run.ExitCode == 0, run.Describe());
        var file = Path.Combine(sample.Directory, "steplog-samples", "documents", "steps.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();

        // Per document, records by status. Processing: START, 3 Pending, Running and an outcome per step run, COMPLETE
        // (the corrupt document fails at step 2). Publishing: START, 2 steps, COMPLETE, with the index's retries. The
        // contract's sections: the outer operation's START and COMPLETE, and four section runs of one step each (a plan
        // of 1 Pending), the Signatures one Failed.
        Assert.Equal(
            [
                "contract-0917 Failed 2", "contract-0917 Pending 7", "contract-0917 Running 16", "contract-0917 Success 14",
                "corrupt-0666 Failed 2", "corrupt-0666 Pending 3", "corrupt-0666 Running 3", "corrupt-0666 Success 1",
                "invoice-2041 Error 2", "invoice-2041 Pending 3", "invoice-2041 Running 7", "invoice-2041 Success 7",
                "memo-0102 Error 2", "memo-0102 Failed 2", "memo-0102 Pending 3", "memo-0102 Running 7", "memo-0102 Success 5",
                "scan-0311 Pending 3", "scan-0311 Running 7", "scan-0311 Success 6", "scan-0311 Warning 1",
            ],
            Query(connection, "SELECT subject_id || ' ' || status || ' ' || COUNT(*) FROM steplog_records GROUP BY subject_id, status ORDER BY subject_id, status"));

        // Every record names its run, and a run's records agree on their document: the parallel sections' runs take the
        // contract's, by nesting, without a [Subject] of their own.
        Assert.Equal(["0"], Query(connection, "SELECT COUNT(*) FROM steplog_records WHERE operation_id IS NULL OR length(operation_id) <> 16"));
        Assert.Equal(["0"], Query(connection, "SELECT COUNT(*) FROM (SELECT operation_id FROM steplog_records GROUP BY operation_id HAVING COUNT(DISTINCT subject_id) > 1)"));
        Assert.Equal(["4"], Query(connection, "SELECT COUNT(DISTINCT operation_id) FROM steplog_records WHERE operation = 'Process section' AND subject_id = 'contract-0917'"));

        // A retry keeps its attempt in the record's details.
        Assert.Equal(
            ["Retry 1: search index unavailable (HTTP 503) 1", "Retry 2: search index unavailable (HTTP 503) 2"],
            Query(connection, "SELECT error_message || ' ' || json_extract(details, '$.attempt') FROM steplog_records WHERE subject_id = 'invoice-2041' AND status = 'Error' ORDER BY sequence"));
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}

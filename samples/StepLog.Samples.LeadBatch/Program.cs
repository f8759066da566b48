// The 500-lead classification as a long batch: clean INFO on the console (START, PROGRESS, COMPLETE, results), every
// attempt at Debug in logs/SESSION_*.log, and logs/progress/lead_processing.json while it runs.
//   dotnet run -- [--leads N] [--resume]
// Without --resume the checkpoint is cleared and the batch starts over; with it, the leads already classified are skipped.
using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Serilog;
using StepLog;
using StepLog.Samples.LeadBatch;

var count = args.SkipWhile(a => a != "--leads").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(500);
var resume = args.Contains("--resume");
var checkpoint = Path.Combine("logs", "progress", "lead_processing.checkpoint");
if (!resume && File.Exists(checkpoint))
{
    File.Delete(checkpoint);
}

var sessionFile = Path.Combine("logs", $"SESSION_{DateTime.Now.ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture)}.log");
var file = new LoggerConfiguration().MinimumLevel.Debug()
    .WriteTo.File(sessionFile, outputTemplate: "{Timestamp:HH:mm:ss.fff} | {Level:u3} | {Message:lj}{NewLine}", formatProvider: CultureInfo.InvariantCulture)
    .CreateLogger();
var factory = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(LogLevel.Debug)
    .AddStepLog()
    .AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Information)
    .AddSerilog(file, dispose: true));
var logger = factory.CreateLogger("LeadBatch");

var classifier = new LeadClassifier(logger);
var verdicts = new ConcurrentDictionary<string, string>();
var result = await StepBatch.RunAsync(
    "Lead Classification",
    Leads.Generate(count),
    async (lead, token) => verdicts[lead.Name] = await classifier.ClassifyAsync(lead, token),
    new StepBatchOptions
    {
        MaxConcurrency = 8,
        ItemTimeout = TimeSpan.FromSeconds(2),
        ProgressFile = Path.Combine("logs", "progress", "lead_processing.json"),
        LogInterval = TimeSpan.FromSeconds(2),
        Checkpoint = checkpoint,
        Logger = logger,
    },
    itemId: lead => lead.Name);

// The factory is disposed first: the console queue is drained and the file closed, so the results print last.
factory.Dispose();
Console.WriteLine();
Console.WriteLine(
    $"Results: {verdicts.Values.Count(v => v == "company")} companies, {verdicts.Values.Count(v => v == "person")} people, " +
    $"{result.Failed} failed ({result.TimedOut} timed out), {result.Resumed} resumed" +
    (result.Interrupted ? "; interrupted: run again with --resume" : ""));
Console.WriteLine($"Session log (Debug and up): {sessionFile}");
return result.Interrupted ? 130 : 0;

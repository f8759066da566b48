// Session logging: the console shows Information and up through StepLog's formatter; everything from
// Debug up also goes to logs/SESSION_yyyyMMdd_HHmmss.log (Serilog's file sink, rolling over at a size limit).
//   dotnet run -- [--events N] [--rotate-at BYTES]
using System.Globalization;
using Microsoft.Extensions.Logging;
using StepLog.Samples.Workflow;

var eventCount = Option("--events", 400);
var rotateAt = Option("--rotate-at", 10L * 1024 * 1024);
var logDirectory = Path.Combine(Environment.CurrentDirectory, "logs");

string sessionId;
string status = "success";
using (var session = SessionLogging.Start(logDirectory, rotateAt))
{
    sessionId = session.SessionId;
    var sessionLog = session.Factory.CreateLogger("SESSION");
    WorkflowLog.SessionStarted(sessionLog, sessionId);
    try
    {
        var settings = new StreamerSetup(session.Factory.CreateLogger<StreamerSetup>()).Prepare(logDirectory, sessionId);
        await using (settings.Sink)
        {
            await new MarketStream(session.Factory.CreateLogger<MarketStream>()).RunAsync(settings, eventCount, CancellationToken.None);
        }
    }
    catch (Exception)
    {
        status = "failed";
        throw;
    }
    finally
    {
        WorkflowLog.SessionEnded(sessionLog, sessionId, status);
    }
}

// The factory is disposed: the console queue is drained and the file closed, so this prints last.
var files = Directory.GetFiles(logDirectory, $"SESSION_{sessionId}*.log").Order(StringComparer.Ordinal).ToArray();
Console.WriteLine();
Console.WriteLine($"Session log (Debug and up): {string.Join(", ", files.Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f)))}");
Console.WriteLine($"Events: {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(logDirectory, $"SESSION_{sessionId}.events.jsonl"))}");
return 0;

T Option<T>(string name, T fallback)
    where T : IParsable<T>
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? T.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

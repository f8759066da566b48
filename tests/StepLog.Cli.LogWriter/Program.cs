// Writes one fixed story of operations through a real StepLog logging setup, so that the steplog tool's tests read
// what StepLog really writes. Usage: LogWriter [forged] FORMAT [FILE]
//   steplog | steplog-ascii | steplog-timestamp | json | simple   (the console, to standard output)
//   serilog-text FILE | clef FILE                                  (Serilog's file sink: the Workflow sample's template, or CLEF)
//   forged: instead of the story, an operation among entries whose exception or message text holds StepLog lines
using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Formatting.Compact;
using StepLog;
using StepLog.Cli.LogWriter;

var forged = args[0] == "forged";
args = forged ? args[1..] : args;
var format = args[0];
var factory = format switch
{
    "steplog" => LoggerFactory.Create(b => b.AddStepLog()),
    "steplog-ascii" => LoggerFactory.Create(b => b.AddStepLog(o => o.Symbols = StepSymbols.Ascii)),
    "steplog-timestamp" => LoggerFactory.Create(b => b.AddStepLog(o => { o.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff "; o.UseUtcTimestamp = true; })),
    "json" => LoggerFactory.Create(b => b.AddJsonConsole(o => { o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; o.UseUtcTimestamp = true; })),
    "simple" => LoggerFactory.Create(b => b.AddSimpleConsole(o => o.ColorBehavior = Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled)),
    "serilog-text" => LoggerFactory.Create(b => b.AddSerilog(new LoggerConfiguration().MinimumLevel.Debug()
        .WriteTo.File(args[1], outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} | {SourceContext,-40} | {Level:u3} | {Message:lj}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture)
        .CreateLogger(), dispose: true)),
    "clef" => LoggerFactory.Create(b => b.AddSerilog(new LoggerConfiguration().MinimumLevel.Debug()
        .WriteTo.File(new CompactJsonFormatter(), args[1])
        .CreateLogger(), dispose: true)),
    _ => throw new ArgumentException("unknown format " + format),
};

if (forged)
{
    ForgedStory.Tell(factory.CreateLogger("Orders.Checkout"));
    factory.Dispose();
    return 0;
}

var story = new Story(factory.CreateLogger("Orders.Story"));
await story.TellAsync();

// The crash: an operation and its step that never end. The factory is flushed, as a process's last lines are.
story.LeaveRunning();
factory.Dispose();
return 0;

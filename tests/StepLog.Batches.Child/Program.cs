using Microsoft.Extensions.Logging;
using StepLog;

// Usage: <slow|fast|hang|ignore> <checkpoint> <progress file> <count>
// slow: each item takes a few milliseconds; fast: none; hang: each item waits for its token; ignore: each item
// blocks its thread for two minutes and never looks at its token.
var mode = args[0];
var options = new StepBatchOptions
{
    MaxConcurrency = 2,
    Checkpoint = args[1],
    ProgressFile = args[2],
    ProgressInterval = TimeSpan.FromMilliseconds(20),
    LogInterval = TimeSpan.FromHours(1),
    ItemLevel = LogLevel.Information,
    GracePeriod = mode switch { "hang" => TimeSpan.FromMinutes(5), "ignore" => TimeSpan.FromSeconds(2), _ => TimeSpan.FromSeconds(30) },
    Logger = new StdoutLogger(),
};

var result = await StepBatch.RunAsync(
    "Child Batch",
    Enumerable.Range(1, int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    async (item, token) =>
    {
        switch (mode)
        {
            case "slow":
                await Task.Delay(5, token);
                break;
            case "hang":
                Console.WriteLine("STARTED item-" + item);
                await Task.Delay(Timeout.Infinite, token);
                break;
            case "ignore":
                Console.WriteLine("STARTED item-" + item);
                Thread.Sleep(TimeSpan.FromMinutes(2));
                break;
        }
    },
    options,
    item => "item-" + item);

Console.WriteLine($"RESULT interrupted={result.Interrupted} resumed={result.Resumed} succeeded={result.Succeeded} failed={result.Failed}");
Console.WriteLine("ABANDONED " + string.Join(",", result.Abandoned));
return 0;

/// <summary>Writes each line to stdout at once, so that the test sees it before it sends a signal.</summary>
internal sealed class StdoutLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Console.WriteLine(formatter(state, exception));
}

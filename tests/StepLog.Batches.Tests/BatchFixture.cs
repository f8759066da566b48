using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Batches.Tests;

/// <summary>A clock the test moves: durations, rates and intervals follow it, never real time.</summary>
internal sealed class FakeClock : BatchClock
{
    public double Now { get; set; } = 1000;

    public override double Seconds => Now;

    public void Advance(double seconds) => Now += seconds;
}

/// <summary>A capture, a fake clock and options that use both, with signals left to the process.</summary>
internal sealed class BatchFixture : IDisposable
{
    public BatchFixture(LogLevel minimumLevel = LogLevel.Trace)
    {
        Capture = new LogCapture(minimumLevel);
        Folder = Path.Combine(Path.GetTempPath(), "steplog-batch-" + Guid.NewGuid().ToString("N"));
        Options = new StepBatchOptions
        {
            Logger = Capture.CreateLogger("Batch"),
            HandleSignals = false,
            Clock = Clock,
        };
    }

    public LogCapture Capture { get; }

    public FakeClock Clock { get; } = new();

    public StepBatchOptions Options { get; }

    public string Folder { get; }

    public IReadOnlyList<string> Lines => Capture.Lines;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

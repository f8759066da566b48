using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Configuration;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// A generated synchronous step with and without a <see cref="MeterListener"/> subscribed to the <c>StepLog</c> meter,
/// at a disabled and an enabled level (the logger discards; no activity listener): what measuring a step adds. The
/// listener's callback only adds the value up, as an aggregating exporter's hot path would, so the difference is
/// StepLog's clock and tags plus DiagnosticSource's dispatch.
/// </summary>
[RuntimeJob]
public class MeterBenchmarks : IDisposable
{
    private MeterListener? _listener;
    private GeneratedWrapperSteps _steps = null!;
    private double _sum;

    [Params(LevelState.Disabled, LevelState.Enabled)]
    public LevelState Level { get; set; }

    [Params(false, true)]
    public bool MeterListened { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _steps = new GeneratedWrapperSteps(DiscardingLogger.For(Level));
        if (!MeterListened)
        {
            return;
        }

        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == StepLogging.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _sum += value);
        _listener.Start();
    }

    [GlobalCleanup]
    public void CleanUp() => Dispose();

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int Bare() => StepWork.Fetch(StepWork.Provider);

    [Benchmark]
    public int Generated() => _steps.Fetch(StepWork.Provider);
}

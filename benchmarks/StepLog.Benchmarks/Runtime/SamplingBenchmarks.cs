using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StepLog.Benchmarks.Configuration;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// A successful operation of five steps with every run's lines written (rate 1, the default) against one run in ten
/// (rate 0.1), to two sinks: the built-in JSON console formatter writing to a writer that discards (what dropping nine
/// runs in ten saves, with a real formatter's work in the balance), and a logger that discards without looking (what
/// holding a run's lines costs StepLog itself).
/// </summary>
[RuntimeJob]
public class SamplingBenchmarks : IDisposable
{
    private ServiceProvider? _services;
    private GeneratedWrapperOperation _generated = null!;
    private StepLoggerSteps? _stepLogger;

    [Params("json", "discard")]
    public string Sink { get; set; } = "json";

    [Params(1.0, 0.1)]
    public double SuccessSampleRate { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _services = new ServiceCollection()
            .AddLogging(builder => builder.AddJsonConsole())
            .BuildServiceProvider();
        var json = _services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == ConsoleFormatterNames.Json);
        ILogger logger = Sink == "json" ? new FormattingLogger(json, TextWriter.Null) : DiscardingLogger.Enabled;
        _generated = new GeneratedWrapperOperation(logger);
        _stepLogger = new StepLoggerSteps(logger);
        StepLogging.SuccessSampleRate = SuccessSampleRate;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        StepLogging.SuccessSampleRate = 1.0;
        _stepLogger?.Dispose();
        _services?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int Generated() => _generated.SyncModels(StepWork.Provider);

    [Benchmark]
    public int StepLogger() => _stepLogger!.SyncModels(StepWork.Provider);
}

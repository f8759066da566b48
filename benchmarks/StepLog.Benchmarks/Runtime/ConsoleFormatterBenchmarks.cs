using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// One StepLog success line (the same entry) written by the built-in simple console formatter and by the steplog
/// formatter, to a writer that discards: the cost of turning the entry into text, without the console.
/// </summary>
[RuntimeJob]
public class ConsoleFormatterBenchmarks
{
    private static readonly TimeSpan Duration = TimeSpan.FromMilliseconds(1523.7);

    private ServiceProvider? _services;
    private ILogger _simple = null!;
    private ILogger _stepLog = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _services = new ServiceCollection()
            .AddLogging(builder => builder
                .AddSimpleConsole(options => options.ColorBehavior = LoggerColorBehavior.Disabled)
                .AddStepLogConsole())
            .BuildServiceProvider();
        var simple = _services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == ConsoleFormatterNames.Simple);
        var stepLog = _services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == StepLogConsoleFormatterOptions.FormatterName);
        _simple = new FormattingLogger(simple, TextWriter.Null);
        _stepLog = new FormattingLogger(stepLog, TextWriter.Null);
    }

    [GlobalCleanup]
    public void CleanUp() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public void SimpleFormatter() => WriteSuccessLine(_simple);

    [Benchmark]
    public void StepLogFormatter() => WriteSuccessLine(_stepLog);

    private static void WriteSuccessLine(ILogger logger) =>
        logger.LogStepSuccess(1, StepNames.Fetch, StepMetadata.Of("raw_models", 2834), StepNames.TotalSteps, Duration, StepNames.Operation);
}

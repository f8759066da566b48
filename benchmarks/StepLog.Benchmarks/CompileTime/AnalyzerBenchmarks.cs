using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Benchmarks.Configuration;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// Compiling 1,000 methods that use StepLogger (all diagnostics, which binds every body) without analyzers, with a
/// trivial analyzer (the cost of running analyzers at all) and with the StepLog analyzers: the ratio minus one is
/// what they add to compile time. Emit is left out, which makes the analyzers' share look larger, not smaller.
/// </summary>
[CompileTimeJob]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _stepLog;
    private ImmutableArray<DiagnosticAnalyzer> _trivial;

    [GlobalSetup]
    public void SetUp()
    {
        _stepLog = [.. GeneratorLoader.StepLogAnalyzers()];
        _trivial = [new TrivialAnalyzer()];
        _compilation = CorpusCompilation.Create("ImperativeCorpus", Corpus.StepLoggerType);
        CorpusCompilation.EnsureNoErrors(_compilation, "the StepLogger corpus");
        ReportOnce();
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compile() => _compilation.Clone().GetDiagnostics();

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithTrivialAnalyzer() => CompileWith(_trivial, timed: false).Diagnostics;

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithStepLogAnalyzers() => CompileWith(_stepLog, timed: false).Diagnostics;

    private (ImmutableArray<Diagnostic> Diagnostics, CompilationWithAnalyzers Analysis) CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers, bool timed)
    {
        // Single-threaded like the compilation, so that the comparison is of work, not of how many cores were free.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: timed);
        var analysis = _compilation.Clone().WithAnalyzers(analyzers, options);
        return (analysis.GetAllDiagnosticsAsync().GetAwaiter().GetResult(), analysis);
    }

    // The corpus is written correctly, so any StepLog diagnostic is a false positive; and which analyzer costs what.
    private void ReportOnce()
    {
        var (diagnostics, analysis) = CompileWith(_stepLog, timed: true);
        var reported = diagnostics.Where(d => d.Id.StartsWith("SL", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"// StepLog analyzers: {_stepLog.Length}; StepLog diagnostics on the clean corpus: {reported.Length}"
            + string.Concat(reported.GroupBy(d => d.Id).Select(group => $"; {group.Key} x{group.Count()} (e.g. {group.First()})")));
        foreach (var analyzer in _stepLog)
        {
            var telemetry = analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"// {analyzer.GetType().Name}: {telemetry.ExecutionTime.TotalMilliseconds:0} ms");
        }
    }
}

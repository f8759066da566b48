using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Benchmarks.Configuration;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// Compiling 1,000 methods that use StepLogger (all diagnostics of binding every body) without and with the StepLog
/// analyzers: the ratio minus one is what the analyzers add to compile time. Emit is left out of both, which makes
/// the analyzers' share look larger than in a real build, not smaller.
/// </summary>
[CompileTimeJob]
public class AnalyzerBenchmarks
{
    private static readonly CompilationWithAnalyzersOptions AnalyzerOptions = new(
        new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [GlobalSetup]
    public void SetUp()
    {
        _analyzers = [.. GeneratorLoader.StepLogAnalyzers()];
        _compilation = CorpusCompilation.Create("ImperativeCorpus", Corpus.StepLoggerType);
        CorpusCompilation.EnsureNoErrors(_compilation, "the StepLogger corpus");

        // The corpus is written correctly: any StepLog diagnostic on it is a false positive, worth seeing in the log.
        var reported = CompileWithAnalyzers().Where(d => d.Id.StartsWith("SL", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"// StepLog analyzers: {_analyzers.Length}; StepLog diagnostics on the clean corpus: {reported.Length}"
            + string.Concat(reported.GroupBy(d => d.Id).Select(group => $"; {group.Key} x{group.Count()} (e.g. {group.First()})")));
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compile() => _compilation.Clone().GetDiagnostics();

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithAnalyzers() =>
        _compilation.Clone().WithAnalyzers(_analyzers, AnalyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
}

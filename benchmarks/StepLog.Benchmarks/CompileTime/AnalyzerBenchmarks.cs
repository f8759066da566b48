using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Benchmarks.Configuration;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// Compiling 1,000 methods that use StepLogger (all diagnostics, which binds every body) without analyzers and with
/// the StepLog analyzers: the ratio minus one is what they add to compile time. Emit is left out, which makes the
/// analyzers' share look larger, not smaller. Two controls tell the analyzers' own work from what any analyzer costs:
/// one that reads syntax only (the analyzer driver) and one that reads operations (binding every body again, which
/// the .NET SDK's code-analysis rules already pay in most builds); the last case adds StepLog's to the latter.
/// </summary>
[CompileTimeJob]
public class AnalyzerBenchmarks
{
    private static bool s_reported;

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _stepLog;
    private ImmutableArray<DiagnosticAnalyzer> _syntaxOnly;
    private ImmutableArray<DiagnosticAnalyzer> _operations;
    private ImmutableArray<DiagnosticAnalyzer> _operationsAndStepLog;

    [GlobalSetup]
    public void SetUp()
    {
        _stepLog = [.. GeneratorLoader.StepLogAnalyzers()];
        _syntaxOnly = [new SyntaxOnlyAnalyzer()];
        _operations = [new OperationAnalyzer()];
        _operationsAndStepLog = [.. _operations, .. _stepLog];
        _compilation = CorpusCompilation.Create("ImperativeCorpus", Corpus.StepLoggerType);
        CorpusCompilation.EnsureNoErrors(_compilation, "the StepLogger corpus");
        ReportOnce();
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compile() => _compilation.Clone().GetDiagnostics();

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithStepLogAnalyzers() => CompileWith(_stepLog);

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithSyntaxAnalyzer() => CompileWith(_syntaxOnly);

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithOperationAnalyzer() => CompileWith(_operations);

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileWithOperationAndStepLogAnalyzers() => CompileWith(_operationsAndStepLog);

    private ImmutableArray<Diagnostic> CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // Single-threaded like the compilation, so that the comparison is of work, not of how many cores were free.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        return _compilation.Clone().WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    // The corpus is written correctly, so any StepLog diagnostic is a false positive; and which analyzer costs what.
    private void ReportOnce()
    {
        if (s_reported)
        {
            return;
        }

        s_reported = true;
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var result = _compilation.Clone().WithAnalyzers(_stepLog, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        var reported = result.GetAllDiagnostics().Where(d => d.Id.StartsWith("SL", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"// StepLog analyzers: {_stepLog.Length}; StepLog diagnostics on the clean corpus: {reported.Length}"
            + string.Concat(reported.GroupBy(d => d.Id).Select(group => $"; {group.Key} x{group.Count()} (e.g. {group.First()})")));
        foreach (var (analyzer, telemetry) in result.AnalyzerTelemetryInfo.OrderByDescending(pair => pair.Value.ExecutionTime))
        {
            Console.WriteLine($"// {analyzer.GetType().Name}: {telemetry.ExecutionTime.TotalMilliseconds:0} ms");
        }
    }
}

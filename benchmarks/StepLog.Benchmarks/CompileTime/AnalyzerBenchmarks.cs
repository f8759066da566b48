using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StepLog.Benchmarks.Configuration;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// What the StepLog analyzers add to compiling 1,000 methods that use StepLogger, three ways, each against its own
/// baseline (a single-threaded compilation, as in every compile-time case; attached analyzers run beside it on the
/// thread pool as in csc, so where a core is free the wall time shows less than the work they do):
/// <list type="bullet">
/// <item>GetDiagnostics: all diagnostics, no output, the analyzers through <see cref="CompilationWithAnalyzers"/>.</item>
/// <item>Emit: what a build does (image and PDB), the analyzers attached as csc attaches them (<see cref="AttachedAnalyzers"/>):
/// a build whose only analyzers are StepLog's.</item>
/// <item>Emit, SDK analyzers: the analyzers that a default <c>dotnet build</c> of a net10 project already runs
/// (<see cref="SdkAnalyzers"/>), with and without StepLog's: what adding StepLog to such a project costs its build.</item>
/// </list>
/// The first two pay for the analyzer driver, which the first analyzer of a compilation brings whoever wrote it: an
/// analyzer that does nothing, of any registration kind (syntax tree, semantic model, symbol, syntax node, code block,
/// operation), measured +40-70% on this corpus. A default build already pays it for the SDK's analyzers, so the third
/// is StepLog's own cost. After their cases, two cleanups print how long each analyzer ran, alone and in that build.
/// </summary>
[CompileTimeJob]
[AnalyzerCasesFilter]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AnalyzerBenchmarks
{
    private const string CompileCategory = "GetDiagnostics";

    // Built and checked once per process: in a --quick run all cases share it (each case clones it before compiling).
    private static readonly Lazy<CSharpCompilation> SharedCorpus = new(() =>
    {
        var compilation = WithEncodedText(CorpusCompilation.Create("ImperativeCorpus", Corpus.StepLoggerType));
        CorpusCompilation.EnsureNoErrors(compilation, "the StepLogger corpus");
        Console.WriteLine($"// SDK analyzers: {SdkAnalyzers.Description}; {SdkAnalyzers.Load().Count(RunsInBuild)} of them have a rule on as a warning or error by default (csc runs only those)");
        return compilation;
    });

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _stepLog;
    private ImmutableArray<DiagnosticAnalyzer> _sdk;
    private ImmutableArray<DiagnosticAnalyzer> _sdkAndStepLog;

    [GlobalSetup]
    public void SetUp()
    {
        _stepLog = [.. GeneratorLoader.StepLogAnalyzers()];
        _sdk = SdkAnalyzers.Load();
        _sdkAndStepLog = [.. _sdk, .. _stepLog];
        _compilation = SharedCorpus.Value;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CompileCategory)]
    public ImmutableArray<Diagnostic> Compile() => _compilation.Clone().GetDiagnostics();

    [Benchmark]
    [BenchmarkCategory(CompileCategory)]
    public ImmutableArray<Diagnostic> CompileWithStepLogAnalyzers() => CompileWith(_stepLog);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AnalyzerCasesFilterAttribute.BuildCategory)]
    public void Emit() => AttachedAnalyzers.EmitToMemory(_compilation.Clone());

    [Benchmark]
    [BenchmarkCategory(AnalyzerCasesFilterAttribute.BuildCategory)]
    public ImmutableArray<Diagnostic> EmitWithStepLogAnalyzers() => AttachedAnalyzers.Emit(_compilation.Clone(), _stepLog);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AnalyzerCasesFilterAttribute.SdkCategory)]
    public ImmutableArray<Diagnostic> EmitWithSdkAnalyzers() => AttachedAnalyzers.Emit(_compilation.Clone(), _sdk);

    [Benchmark]
    [BenchmarkCategory(AnalyzerCasesFilterAttribute.SdkCategory)]
    public ImmutableArray<Diagnostic> EmitWithSdkAndStepLogAnalyzers() => AttachedAnalyzers.Emit(_compilation.Clone(), _sdkAndStepLog);

    private ImmutableArray<Diagnostic> CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // Single-threaded like the compilation, so that the comparison is of work, not of how many cores were free.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        return _compilation.Clone().WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    // A PDB needs the encoding of each source text, which a build always knows.
    private static CSharpCompilation WithEncodedText(CSharpCompilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(
            SourceText.From(tree.GetText().ToString(), Encoding.UTF8), CorpusCompilation.ParseOptions, tree.FilePath)));

    // Once the case has run (warm): the corpus is written correctly, so any StepLog diagnostic is a false positive;
    // and how long each StepLog analyzer ran.
    [GlobalCleanup(Targets = [nameof(CompileWithStepLogAnalyzers)])]
    public void ReportAlone()
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var result = _compilation.Clone().WithAnalyzers(_stepLog, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        var reported = result.GetAllDiagnostics().Where(d => d.Id.StartsWith("SL", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"// StepLog analyzers: {_stepLog.Length}; StepLog diagnostics on the clean corpus: {reported.Length}"
            + string.Concat(reported.GroupBy(d => d.Id).Select(group => $"; {group.Key} x{group.Count()} (e.g. {group.First()})")));
        Console.WriteLine("// Run time of each, alone (GetDiagnostics): " + Times(result.AnalyzerTelemetryInfo.ToDictionary(pair => pair.Key, pair => pair.Value.ExecutionTime)));
    }

    // Once the case has run (warm): how long the SDK's analyzers and StepLog's ran in one build, and any analyzer failure.
    [GlobalCleanup(Targets = [nameof(EmitWithSdkAndStepLogAnalyzers)])]
    public void ReportInBuild()
    {
        var build = AttachedAnalyzers.EmitAndMeasure(_compilation.Clone(), _sdkAndStepLog);
        var sdk = TimeSpan.FromTicks(build.ExecutionTimes.Where(pair => !_stepLog.Contains(pair.Key)).Sum(pair => pair.Value.Ticks));
        Console.WriteLine($"// Run time in a build beside the SDK analyzers (Emit, csc's filter): SDK analyzers together {sdk.TotalMilliseconds:0} ms; StepLog: "
            + Times(build.ExecutionTimes.Where(pair => _stepLog.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value)));
        if (!build.Failures.IsEmpty)
        {
            Console.WriteLine($"// Analyzer failures in that build: {build.Failures.Length}, e.g. {build.Failures[0]}");
        }
    }

    // csc's filter without /errorlog and without .editorconfig settings: a rule on by default as a warning or error, or
    // one that cannot be configured, keeps its analyzer running.
    private static bool RunsInBuild(DiagnosticAnalyzer analyzer) =>
        analyzer.SupportedDiagnostics.Any(rule => rule.IsEnabledByDefault &&
            (rule.DefaultSeverity >= DiagnosticSeverity.Warning || rule.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable)));

    private static string Times(IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> times) =>
        string.Join(", ", times.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key.GetType().Name} {pair.Value.TotalMilliseconds:0} ms"));
}

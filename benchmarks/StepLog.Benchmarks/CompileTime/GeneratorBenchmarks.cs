using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepLog.Benchmarks.Configuration;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// The StepLog generator on 1,000 [Step] methods against the [LoggerMessage] generator on 1,000 [LoggerMessage]
/// methods (100 types each): a cold run (new driver, new compilation: a build) and an incremental run (a driver that
/// has seen the compilation, after one method body changed: the IDE on a keystroke).
/// </summary>
[CompileTimeJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    private ISourceGenerator[] _stepLog = [];
    private ISourceGenerator[] _loggerMessage = [];
    private CSharpCompilation _steps = null!;
    private CSharpCompilation _stepsEdited = null!;
    private CSharpCompilation _logs = null!;
    private CSharpCompilation _logsEdited = null!;
    private GeneratorDriver _stepsWarm = null!;
    private GeneratorDriver _logsWarm = null!;

    [GlobalSetup(Targets = [nameof(LoggerMessageCold), nameof(LoggerMessageIncremental)])]
    public void SetUpLoggerMessage()
    {
        _loggerMessage = GeneratorLoader.LoggerMessageGenerators().Select(GeneratorExtensions.AsSourceGenerator).ToArray();
        _logs = CorpusCompilation.Create("LoggerMessageCorpus", type => Corpus.LoggerMessageType(type));
        _logsEdited = CorpusCompilation.WithEdit(_logs, Corpus.LoggerMessageType(Corpus.EditedType, edited: true));
        _logsWarm = WarmUp(_loggerMessage, _logs, "the [LoggerMessage] corpus");
    }

    [GlobalSetup(Targets = [nameof(StepLogCold), nameof(StepLogIncremental)])]
    public void SetUpStepLog()
    {
        _stepLog = GeneratorLoader.StepLogGenerators().Select(GeneratorExtensions.AsSourceGenerator).ToArray();
        _steps = CorpusCompilation.Create("StepCorpus", type => Corpus.StepType(type));
        _stepsEdited = CorpusCompilation.WithEdit(_steps, Corpus.StepType(Corpus.EditedType, edited: true));
        _stepsWarm = WarmUp(_stepLog, _steps, "the [Step] corpus");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Cold")]
    public GeneratorDriver LoggerMessageCold() => NewDriver(_loggerMessage).RunGenerators(_logs.Clone());

    [Benchmark]
    [BenchmarkCategory("Cold")]
    public GeneratorDriver StepLogCold() => NewDriver(_stepLog).RunGenerators(_steps.Clone());

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Incremental")]
    public GeneratorDriver LoggerMessageIncremental() => _logsWarm.RunGenerators(_logsEdited.Clone());

    [Benchmark]
    [BenchmarkCategory("Incremental")]
    public GeneratorDriver StepLogIncremental() => _stepsWarm.RunGenerators(_stepsEdited.Clone());

    private static CSharpGeneratorDriver NewDriver(ISourceGenerator[] generators) =>
        CSharpGeneratorDriver.Create(generators, parseOptions: CorpusCompilation.ParseOptions);

    // A driver that has run once, after checking that the corpus with the generated code builds: the cases measure
    // real work, not a generator that found nothing or failed.
    private static GeneratorDriver WarmUp(ISourceGenerator[] generators, CSharpCompilation compilation, string what)
    {
        var driver = NewDriver(generators).RunGeneratorsAndUpdateCompilation(compilation.Clone(), out var output, out var diagnostics);
        var generated = driver.GetRunResult().GeneratedTrees.Length;
        if (generated == 0 || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"The generator produced {generated} files for {what}: {string.Join("; ", diagnostics)}");
        }

        CorpusCompilation.EnsureNoErrors(output, what + " with its generated code");
        return driver;
    }
}

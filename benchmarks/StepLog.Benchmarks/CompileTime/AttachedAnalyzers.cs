using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// Emits a compilation the way the command-line compiler does when it has analyzers: the analyzer driver is attached to
/// the compilation, so the method bodies that Emit binds are the ones the analyzers read (a body is bound once, not
/// once for Emit and again for the analyzers, as <see cref="CompilationWithAnalyzers"/> followed by Emit would), the
/// analyzers run beside Emit as csc runs them, and analyzers whose rules are all Info or Hidden do not run at all (csc's
/// filter when there is no /errorlog, i.e. in a default <c>dotnet build</c>). Roslyn exposes that path only
/// internally, so it is reached by reflection; when the running Roslyn lacks it, <see cref="IsAvailable"/> is false and
/// <see cref="Unavailable"/> says why.
/// </summary>
public static class AttachedAnalyzers
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    // SeverityFilter flags: csc without /errorlog skips analyzers whose rules are all Hidden or Info.
    private const string HiddenAndInfo = "Hidden, Info";

    private static readonly Lazy<Api?> Reflected = new(Reflect);
    private static string s_unavailable = string.Empty;

    public static bool IsAvailable => Reflected.Value is not null;

    public static string Unavailable => IsAvailable ? string.Empty : s_unavailable;

    /// <summary>Emit alone (image and portable PDB to memory), as a build without analyzers does.</summary>
    public static void EmitToMemory(Compilation compilation)
    {
        using var image = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(image, pdb);
        if (!result.Success)
        {
            throw new InvalidOperationException("The corpus does not emit: " + string.Join(Environment.NewLine, result.Diagnostics.Take(5)));
        }
    }

    /// <summary>Emits <paramref name="compilation"/> with <paramref name="analyzers"/> attached; returns their diagnostics.</summary>
    public static ImmutableArray<Diagnostic> Emit(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        Run(compilation, analyzers, reportAnalyzer: false).Diagnostics;

    /// <summary>As <see cref="Emit"/>, timing each analyzer (csc /reportanalyzer) and keeping analyzer failures.</summary>
    public static MeasuredRun EmitAndMeasure(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        Run(compilation, analyzers, reportAnalyzer: true);

    private static MeasuredRun Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool reportAnalyzer)
    {
        var api = Reflected.Value ?? throw new InvalidOperationException(s_unavailable);
        var failures = new ConcurrentQueue<Diagnostic>();
        object?[] arguments =
        [
            compilation, analyzers, new AnalyzerOptions([]), api.NewManager.Invoke([analyzers]), new Action<Diagnostic>(failures.Enqueue),
            reportAnalyzer, Enum.Parse(api.SeverityFilter, HiddenAndInfo), false, null, CancellationToken.None,
        ];
        var driver = api.CreateAndAttach.Invoke(null, arguments)!;
        var withQueue = (Compilation)arguments[8]!;

        EmitToMemory(withQueue);

        // As csc does after Emit: the unused-usings pass completes the compilation's event queue, then the driver finishes.
        api.ReportUnusedImports.Invoke(withQueue, [Activator.CreateInstance(api.DiagnosticBag, nonPublic: true), CancellationToken.None]);
        var diagnostics = ((Task<ImmutableArray<Diagnostic>>)api.GetDiagnostics.Invoke(driver, [withQueue, CancellationToken.None])!).GetAwaiter().GetResult();
        var times = reportAnalyzer ? (IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan>)api.ExecutionTimes.GetValue(driver)! : ImmutableDictionary<DiagnosticAnalyzer, TimeSpan>.Empty;
        return new MeasuredRun(diagnostics, [.. failures], times);
    }

    private static Api? Reflect()
    {
        try
        {
            var roslyn = typeof(Compilation).Assembly;
            var driverType = roslyn.GetType("Microsoft.CodeAnalysis.Diagnostics.AnalyzerDriver", throwOnError: true)!;
            var managerType = roslyn.GetType("Microsoft.CodeAnalysis.Diagnostics.AnalyzerManager", throwOnError: true)!;
            return new Api(
                CreateAndAttach: driverType.GetMethods(Any).Single(method => method.Name == "CreateAndAttachToCompilation" && method.GetParameters() is
                [
                    { ParameterType.Name: nameof(Compilation) }, _, { ParameterType.Name: nameof(AnalyzerOptions) }, _, { ParameterType.Name: "Action`1" },
                    { ParameterType.Name: nameof(Boolean) }, { ParameterType.IsEnum: true }, { ParameterType.Name: nameof(Boolean) }, _, _,
                ]),
                NewManager: managerType.GetConstructor(Any, [typeof(ImmutableArray<DiagnosticAnalyzer>)])
                    ?? throw new MissingMethodException("AnalyzerManager(ImmutableArray<DiagnosticAnalyzer>)"),
                SeverityFilter: roslyn.GetType("Microsoft.CodeAnalysis.Diagnostics.SeverityFilter", throwOnError: true)!,
                DiagnosticBag: roslyn.GetType("Microsoft.CodeAnalysis.DiagnosticBag", throwOnError: true)!,
                ReportUnusedImports: typeof(Compilation).GetMethods(Any).Single(method => method.Name == "ReportUnusedImports" && method.GetParameters().Length == 2),
                GetDiagnostics: driverType.GetMethods(Any).Single(method => method.Name == "GetDiagnosticsAsync" && method.GetParameters().Length == 2),
                ExecutionTimes: driverType.GetProperty("AnalyzerExecutionTimes", Any) ?? throw new MissingMemberException("AnalyzerDriver.AnalyzerExecutionTimes"));
        }
        catch (Exception error) when (error is TypeLoadException or InvalidOperationException or MissingMemberException or AmbiguousMatchException)
        {
            s_unavailable = $"Roslyn {typeof(Compilation).Assembly.GetName().Version} has no internal analyzer driver this benchmark knows how to attach ({error.Message})";
            return null;
        }
    }

    /// <summary>What an attached run gave: the analyzers' diagnostics, their failures (AD0001) and each one's run time.</summary>
    public sealed record MeasuredRun(
        ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> Failures, IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTimes);

    private sealed record Api(
        MethodInfo CreateAndAttach, ConstructorInfo NewManager, Type SeverityFilter, Type DiagnosticBag, MethodInfo ReportUnusedImports,
        MethodInfo GetDiagnostics, PropertyInfo ExecutionTimes);
}

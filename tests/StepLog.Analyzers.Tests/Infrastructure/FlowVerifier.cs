using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace StepLog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the flow analyzers and fixes through Microsoft.CodeAnalysis.Testing against references taken from this test
/// process (its runtime, Microsoft.Extensions.Logging.Abstractions and StepLog.Runtime), so nothing is downloaded.
/// </summary>
internal static class FlowVerifier
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(BuildReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>An expected diagnostic of <paramref name="descriptor"/>; place it with WithLocation(n) and markup <c>{|#n:...|}</c>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Asserts that the flow analyzer reports exactly <paramref name="expected"/> (the markup's and these).</summary>
    public static Task VerifyFlowAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync<global::StepLog.Analyzers.Flow.StepLoggerFlowAnalyzer>(source, expected);

    public static async Task VerifyAnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>
    /// Asserts the diagnostics of <paramref name="source"/>, then that code action <paramref name="actionIndex"/> turns it
    /// into <paramref name="fixedSource"/> (one fix at a time and Fix All), leaving <paramref name="remaining"/>. When
    /// <paramref name="equivalenceKey"/> is given, the action must have that key.
    /// </summary>
    public static async Task VerifyFixAsync<TAnalyzer, TFix>(string source, DiagnosticResult[] expected, string fixedSource,
        int actionIndex = 0, DiagnosticResult[]? remaining = null, string? equivalenceKey = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = actionIndex,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        // Markup in the fixed source marks the diagnostics that stay after the fix.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.FixedState.ExpectedDiagnostics.AddRange(remaining ?? Array.Empty<DiagnosticResult>());

        await test.RunAsync();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(References);
    }

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        var wanted = trusted.Where(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            return name is "mscorlib" or "netstandard" or "Microsoft.Extensions.Logging.Abstractions" or "Microsoft.Win32.Primitives"
                || (name.StartsWith("System", StringComparison.Ordinal) && path.Contains("Microsoft.NETCore.App", StringComparison.Ordinal));
        });
        return wanted
            .Append(typeof(StepLogger).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

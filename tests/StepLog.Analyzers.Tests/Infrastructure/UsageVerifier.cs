using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace StepLog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs a usage analyzer (and its code fix) over C# test sources that reference StepLog, and compares every diagnostic,
/// the compiler's included, with the expected ones. With <see cref="GeneratorRules"/> as the analyzer, StepLog's
/// generator runs instead, as in a build, and its diagnostics (SL0001-SL0007) and the compiler's on the generated
/// code are compared. Without it the partial declarations the generator would implement stay unimplemented: CS8795 (a
/// partial method with accessibility needs an implementation) is off.
/// </summary>
internal static class UsageVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(source, [], expected);

    /// <summary>Verifies with the rules <paramref name="disabled"/> off, for sources that leave out what those rules ask for.</summary>
    public static Task VerifyAnalyzerAsync(string source, string[] disabled, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.DisabledDiagnostics.AddRange(disabled);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies <typeparamref name="TCodeFix"/> to every fixable diagnostic, one by one and with Fix All, and compares the
    /// result with <paramref name="fixedSource"/>. The fixed state states its own diagnostics (<paramref name="fixedExpected"/>,
    /// none by default) rather than inheriting the unfixed ones, whose markup locations it may no longer have. Where a
    /// diagnostic gets several fixes, <paramref name="action"/> (an equivalence key, <c>SL0003.AddCore</c>) picks one.
    /// </summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(
        string source, DiagnosticResult[] expected, string fixedSource, DiagnosticResult[]? fixedExpected = null, int? iterations = null, string? action = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = action };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalReferences.AddRange(UsageReferences.All);
        test.FixedState.ExpectedDiagnostics.AddRange(fixedExpected ?? []);
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = count;
        }

        return test.RunAsync();
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => Configure(this);

        protected override ParseOptions CreateParseOptions() => UsageTestSetup.ParseOptions;

        protected override bool IsCompilerDiagnosticIncluded(Diagnostic diagnostic, CompilerDiagnostics compilerDiagnostics) =>
            !UsageTestSetup.IsLeftToTheGenerator(diagnostic, typeof(TAnalyzer)) && base.IsCompilerDiagnosticIncluded(diagnostic, compilerDiagnostics);

        protected override IEnumerable<Type> GetSourceGenerators() => UsageTestSetup.Generators(typeof(TAnalyzer));
    }

    private sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public CodeFixTest() => Configure(this);

        protected override ParseOptions CreateParseOptions() => UsageTestSetup.ParseOptions;

        protected override bool IsCompilerDiagnosticIncluded(Diagnostic diagnostic, CompilerDiagnostics compilerDiagnostics) =>
            !UsageTestSetup.IsLeftToTheGenerator(diagnostic, typeof(TAnalyzer)) && base.IsCompilerDiagnosticIncluded(diagnostic, compilerDiagnostics);

        protected override IEnumerable<Type> GetSourceGenerators() => UsageTestSetup.Generators(typeof(TAnalyzer));
    }

    private static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        // The generated files are the generator tests' concern (snapshots); here only diagnostics count.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        test.ReferenceAssemblies = UsageReferences.None;
        test.TestState.AdditionalReferences.AddRange(UsageReferences.All);
    }
}

/// <summary>Options shared by every usage test, whatever the analyzer.</summary>
internal static class UsageTestSetup
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>CS8795: the partial declaration has no implementation when the generator does not run.</summary>
    public static bool IsLeftToTheGenerator(Diagnostic diagnostic, Type analyzer) =>
        diagnostic.Id == "CS8795" && analyzer != typeof(GeneratorRules);

    public static IEnumerable<Type> Generators(Type analyzer) =>
        analyzer == typeof(GeneratorRules) ? [typeof(StepLog.Generators.StepLogGenerator)] : [];
}

/// <summary>
/// Stands for the rules the generator reports (SL0001-SL0007): no analyzer of its own; the verifier runs the generator.
/// </summary>
#pragma warning disable RS1036 // a test marker, never loaded by a compiler
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratorRules : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
    [
        Descriptors.NotPartialDeclaration, Descriptors.TypeNotPartial, Descriptors.MissingCore, Descriptors.DuplicateStepNumber,
        Descriptors.StepNumberGap, Descriptors.UnknownOperation, Descriptors.UnsupportedShape,
    ];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
#pragma warning restore RS1036

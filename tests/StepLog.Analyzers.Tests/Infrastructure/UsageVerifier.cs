using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace StepLog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs a usage analyzer (and its code fix) over C# test sources that reference StepLog, and compares every diagnostic,
/// the compiler's included, with the expected ones. The generator does not run here, so the partial declarations it
/// would implement stay unimplemented: CS8795 (a partial method with accessibility needs an implementation) is off.
/// </summary>
internal static class UsageVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies <typeparamref name="TCodeFix"/> to every fixable diagnostic, one by one and with Fix All, and compares the
    /// result with <paramref name="fixedSource"/>. The fixed state states its own diagnostics (<paramref name="fixedExpected"/>,
    /// none by default) rather than inheriting the unfixed ones, whose markup locations it may no longer have.
    /// </summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(
        string source, DiagnosticResult[] expected, string fixedSource, DiagnosticResult[]? fixedExpected = null, int? iterations = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource };
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
            !UsageTestSetup.IsLeftToTheGenerator(diagnostic) && base.IsCompilerDiagnosticIncluded(diagnostic, compilerDiagnostics);

    }

    private sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public CodeFixTest() => Configure(this);

        protected override ParseOptions CreateParseOptions() => UsageTestSetup.ParseOptions;

        protected override bool IsCompilerDiagnosticIncluded(Diagnostic diagnostic, CompilerDiagnostics compilerDiagnostics) =>
            !UsageTestSetup.IsLeftToTheGenerator(diagnostic) && base.IsCompilerDiagnosticIncluded(diagnostic, compilerDiagnostics);

    }

    private static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = UsageReferences.None;
        test.TestState.AdditionalReferences.AddRange(UsageReferences.All);
    }
}

/// <summary>Options shared by every usage test, whatever the analyzer.</summary>
internal static class UsageTestSetup
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>CS8795: the partial declaration has no implementation because the generator does not run here.</summary>
    public static bool IsLeftToTheGenerator(Diagnostic diagnostic) => diagnostic.Id == "CS8795";
}

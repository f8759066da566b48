using Microsoft.CodeAnalysis;
using StepLog.Generators.Tests.Infrastructure;

namespace StepLog.Generators.Tests;

/// <summary>
/// SL0012 from the generator: a [Subject] the records cannot use is reported on the parameter, and the method is
/// still logged, recording under the subject it keeps (the first readable one) or none.
/// </summary>
public class SubjectRuleTests
{
    [Fact]
    public void Each_unusable_subject_is_reported_on_its_parameter_and_every_method_is_still_logged()
    {
        const string Source = """
            namespace Cases
            {
                public ref struct Token { public int Value; }

                public partial class Documents
                {
                    private readonly ILogger _logger;
                    public Documents(ILogger logger) => _logger = logger;

                    [Operation("Load")]
                    public partial bool TryLoad([Subject] out string documentId);
                    private bool TryLoadCore(out string documentId) { documentId = "d"; return Parse(1); }

                    [Operation("Scan")]
                    public partial int Scan([Subject] ReadOnlySpan<byte> bytes, [Subject] Token token);
                    private int ScanCore(ReadOnlySpan<byte> bytes, Token token) => bytes.Length + token.Value;

                    [Operation("Merge")]
                    public partial void Merge([Subject] string first, [Subject] string second);
                    private void MergeCore(string first, string second) { }

                    [Step(1, "Parse", Operation = nameof(TryLoad))]
                    private partial bool Parse([Subject] int page);
                    private bool ParseCore(int page) => page > 0;
                }
            }
            """;

        var (result, output) = TestCompilation.Run(Source);

        Assert.Equal(
            [
                "SL0012 documentId TryLoad", "SL0012 bytes Scan", "SL0012 token Scan", "SL0012 second Merge", "SL0012 page Parse",
            ],
            result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => $"{d.Id} {Named(d)} {d.GetMessage().Split('\'')[3]}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("an out parameter has no value", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("'first' is already the operation's subject", StringComparison.Ordinal));
        Assert.Equal(string.Empty, TestCompilation.Problems(output));

        var generated = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("SubjectOf(first)", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("SubjectOf(second)", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("SubjectOf(documentId)", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("SubjectOf(bytes)", generated, StringComparison.Ordinal);
        foreach (var name in new[] { "TryLoad", "Scan", "Merge", "Parse" })
        {
            Assert.True(IsLogged(output, name), $"{name} is not logged");
        }
    }

    [Fact]
    public void A_function_pointer_subject_is_reported_and_the_generated_code_compiles()
    {
        // A function pointer cannot be a type argument: passing it to SubjectOf<T> broke the generated code.
        const string Source = """
            namespace Cases
            {
                public partial class Callbacks
                {
                    [Operation("Invoke")]
                    public unsafe partial void Invoke([Subject] delegate*<int> callback);
                    private unsafe void InvokeCore(delegate*<int> callback) { }
                }
            }
            """;

        var compilation = TestCompilation.Create([TestCompilation.Usings + Source]);
        compilation = compilation.WithOptions(compilation.Options.WithAllowUnsafe(true));
        var driver = TestCompilation.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("SL0012", diagnostic.Id);
        Assert.Equal("callback", Named(diagnostic));
        Assert.Equal(string.Empty, TestCompilation.Problems(output));
    }

    [Fact]
    public void A_readable_subject_is_taken_without_a_report()
    {
        const string Source = """
            namespace Cases
            {
                public partial class Documents
                {
                    [Operation("Process")]
                    public partial Task ProcessAsync([Subject] in Guid documentId, [Log] int pages);
                    private Task ProcessAsyncCore(in Guid documentId, int pages) => Task.CompletedTask;
                }
            }
            """;

        var (result, output) = TestCompilation.Run(Source);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(string.Empty, TestCompilation.Problems(output));
        Assert.Contains("SubjectOf(documentId)", result.Results.Single().GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    private static string Named(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>Implemented by a generated wrapper that asks the logger (not a bare call of XCore).</summary>
    private static bool IsLogged(Compilation output, string method) =>
        output.GetTypeByMetadataName("Cases.Documents")!.GetMembers(method).OfType<IMethodSymbol>().Single().PartialImplementationPart is { } implementation &&
        implementation.DeclaringSyntaxReferences.Single().GetSyntax().ToString().Contains(".Outputs(", StringComparison.Ordinal);
}

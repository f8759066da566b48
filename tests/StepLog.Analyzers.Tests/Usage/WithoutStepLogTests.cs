using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Analyzers.Tests.Infrastructure;
using StepLog.Analyzers.Usage;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>A compilation without StepLog.OperationAttribute gets nothing from the usage analyzers, whatever it contains.</summary>
public class WithoutStepLogTests
{
    [Fact]
    public async Task Look_alike_attributes_in_a_compilation_without_the_runtime_are_ignored()
    {
        const string source = """
            namespace StepLog
            {
                public sealed class StepAttribute : System.Attribute
                {
                    public StepAttribute(int number, string name) { }
                    public string? Operation { get; set; }
                }

                public sealed class LogAttribute : System.Attribute { }

                public class Sync
                {
                    [Step(1, "Fetch", Operation = "Nope")]
                    public int Fetch([Log] string password) => 1;

                    [Step(1, "Again")]
                    public int Again() => 1;
                }
            }
            """;
        var references = UsageReferences.All.Where(r => !r.Display!.Contains("StepLog", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            "NoStepLog",
            [CSharpSyntaxTree.ParseText(source, UsageTestSetup.ParseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Null(compilation.GetTypeByMetadataName("StepLog.OperationAttribute"));

        var diagnostics = await compilation.WithAnalyzers(
        [
            new SecretParameterAnalyzer(), new LoggerNotUsedAnalyzer(), new ValueNotLoggedAnalyzer(),
        ]).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }
}

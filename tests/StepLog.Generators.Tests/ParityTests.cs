using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Generators.Tests.Infrastructure;

namespace StepLog.Generators.Tests;

/// <summary>
/// One definition of each rule: the generator logs a method exactly when it reports no error on it. Checked over the
/// shape corpus (every method logged, nothing reported) and over the docs' examples as the real-build tests build them
/// (tests/StepLog.Package.Tests/BuildCases/SL0001..SL0007.*: each method either logged or carrying an error).
/// </summary>
public class ParityTests
{
    // What a net10.0 project's implicit usings give the build cases.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<string> Shapes() => new(ShapeSources.All.Keys);

    public static TheoryData<string> DocsExamples() => new(
        Directory.EnumerateDirectories(TestCompilation.Metadata("BuildCasesDirectory"), "SL000*")
            .Where(d => Path.GetFileName(d).CompareTo("SL0008") < 0)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_method_of_the_shape_corpus_is_logged_and_nothing_is_reported(string shape)
    {
        var (result, output) = TestCompilation.Run(ShapeSources.All[shape], ShapeSources.NeedsLatest.Contains(shape) ? LanguageVersion.Latest : LanguageVersion.CSharp9);

        Assert.Empty(result.Diagnostics);
        var methods = StepLogMethods(output).ToList();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(IsLogged(m.Symbol), $"{m.Symbol} is not logged"));
    }

    [Theory]
    [MemberData(nameof(DocsExamples))]
    public void A_docs_example_method_is_logged_exactly_when_no_error_is_reported_on_it(string example)
    {
        var directory = Path.Combine(TestCompilation.Metadata("BuildCasesDirectory"), example);
        var sources = Directory.EnumerateFiles(directory, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).Append(ImplicitUsings);
        var compilation = TestCompilation.Create(sources);
        var driver = TestCompilation.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = driver.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        var methods = StepLogMethods(output).ToList();
        Assert.NotEmpty(methods);
        foreach (var (symbol, declaration) in methods)
        {
            var reported = errors.Where(e => e.Location.SourceTree?.FilePath == declaration.SyntaxTree.FilePath && declaration.FullSpan.Contains(e.Location.SourceSpan)).ToList();
            Assert.True(
                IsLogged(symbol) == (reported.Count == 0),
                $"{example}: {symbol} is {(IsLogged(symbol) ? "logged" : "not logged")} with errors [{string.Join(", ", reported.Select(e => e.Id))}]");
        }

        // Every error lands on a StepLog method: none is left unexplained elsewhere.
        Assert.All(errors, e => Assert.Contains(methods, m => m.Declaration.FullSpan.Contains(e.Location.SourceSpan) && m.Declaration.SyntaxTree.FilePath == e.Location.SourceTree?.FilePath));
    }

    /// <summary>The user's methods marked [Operation] or [Step] (not the generated parts).</summary>
    private static IEnumerable<(IMethodSymbol Symbol, SyntaxNode Declaration)> StepLogMethods(Compilation output)
    {
        foreach (var tree in output.SyntaxTrees.Where(t => !t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            var model = output.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax))
            {
                if (model.GetDeclaredSymbol(node) is IMethodSymbol symbol && symbol.PartialDefinitionPart is null &&
                    symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is "StepLog.OperationAttribute" or "StepLog.StepAttribute"))
                {
                    yield return (symbol, node);
                }
            }
        }
    }

    /// <summary>Implemented by a generated wrapper that asks the logger (not a bare call of XCore, a stub, or nothing).</summary>
    private static bool IsLogged(IMethodSymbol method) =>
        method.PartialImplementationPart is { } implementation &&
        implementation.DeclaringSyntaxReferences.Any(r => r.SyntaxTree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) && r.GetSyntax().ToString().Contains(".Outputs(", StringComparison.Ordinal));
}

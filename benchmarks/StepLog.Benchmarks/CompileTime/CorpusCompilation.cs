using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>Parses a corpus into a compilation that references the framework, logging abstractions and StepLog.Runtime.</summary>
public static class CorpusCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // Single-threaded, so that every case measures the same kind of work on a shared machine; csc would use more cores.
    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    public static CSharpCompilation Create(string name, Func<int, string> typeSource)
    {
        var trees = Enumerable.Range(0, Corpus.TypeCount)
            .Select(type => CSharpSyntaxTree.ParseText(typeSource(type), ParseOptions, path: $"Service{type}.cs"))
            .ToArray();
        return CSharpCompilation.Create(name, trees, References.Value, Options);
    }

    /// <summary>The compilation with the edited type's file replaced by its edited text.</summary>
    public static CSharpCompilation WithEdit(CSharpCompilation compilation, string editedSource)
    {
        var old = compilation.SyntaxTrees.Single(tree => tree.FilePath == $"Service{Corpus.EditedType}.cs");
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(editedSource, ParseOptions, path: old.FilePath));
    }

    /// <summary>Throws, listing the first errors, when a compilation that should build does not.</summary>
    public static void EnsureNoErrors(Compilation compilation, string what)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{what} does not compile: {string.Join(Environment.NewLine, errors.Select(e => e.ToString()))}");
        }
    }

    // This process's own framework and packages: the assemblies a consumer of StepLog compiles against, as implementations.
    private static MetadataReference[] LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return paths
            .Where(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return name is "netstandard" or "mscorlib" or "StepLog.Runtime"
                    || name.StartsWith("System.", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || name == "System";
            })
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Logging;
using StepLog.Generators;

namespace StepLog.Generators.Tests.Infrastructure;

/// <summary>The consumer a test compiles generated code for.</summary>
public enum Consumer
{
    /// <summary>The test's own runtime (net10.0) with the net8.0 build of StepLog.Runtime.</summary>
    Net,

    /// <summary>netstandard2.0 reference assemblies with the netstandard2.0 build of StepLog.Runtime.</summary>
    NetStandard20,
}

/// <summary>Compiles test sources, runs the generator over them and checks the result.</summary>
public static class TestCompilation
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using StepLog;

        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetReferences = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(StepLogger).Assembly.Location)
            .Append(typeof(ILogger).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetStandardReferences = new(() =>
    {
        var packages = Metadata("NuGetPackageRoot");
        var standard = Path.Combine(packages, "netstandard.library", "2.0.3", "build", "netstandard2.0", "ref");
        return Directory.GetFiles(standard, "*.dll")
            .Append(Metadata("RuntimeNetStandardAssembly"))
            .Append(Path.Combine(packages, "microsoft.extensions.logging.abstractions", "8.0.3", "lib", "netstandard2.0", "Microsoft.Extensions.Logging.Abstractions.dll"))
            .Append(Path.Combine(packages, "system.threading.tasks.extensions", "4.5.4", "lib", "netstandard2.0", "System.Threading.Tasks.Extensions.dll"))
            .Append(Directory.GetFiles(Path.Combine(packages, "system.memory"), "System.Memory.dll", SearchOption.AllDirectories).Where(p => p.Contains("netstandard2.0", StringComparison.Ordinal)).Max()!)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static string Metadata(string key) =>
        typeof(TestCompilation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public static CSharpParseOptions Parse(LanguageVersion version) => new(version);

    /// <summary>What a netstandard2.0 project with records adds itself.</summary>
    private const string NetStandardPolyfill = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";

    public static CSharpCompilation Create(IEnumerable<string> sources, LanguageVersion version = LanguageVersion.Latest, Consumer consumer = Consumer.Net) =>
        CSharpCompilation.Create(
            "Consumer",
            (consumer == Consumer.NetStandard20 ? sources.Append(NetStandardPolyfill) : sources).Select((s, i) => CSharpSyntaxTree.ParseText(s, Parse(version), path: $"Source{i}.cs")),
            consumer == Consumer.Net ? NetReferences.Value : NetStandardReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver Driver(LanguageVersion version = LanguageVersion.Latest, bool track = false) =>
        CSharpGeneratorDriver.Create(
            [new StepLogGenerator().AsSourceGenerator()],
            parseOptions: Parse(version),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator; returns its result and the compilation with the generated files added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(string source, LanguageVersion version = LanguageVersion.Latest, Consumer consumer = Consumer.Net)
    {
        var compilation = Create([Usings + source], version, consumer);
        var driver = Driver(version).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Every warning and error of the compilation, as readable text (empty when it compiles clean).</summary>
    public static string Problems(Compilation compilation) =>
        string.Join("\n", compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}:{d.Location.GetLineSpan().StartLinePosition}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
}

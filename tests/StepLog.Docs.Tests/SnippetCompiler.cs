using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Docs.Tests;

/// <summary>
/// Compiles a snippet as a user's project would: against this process's framework and StepLog, with StepLog's
/// generators and analyzers, nullable on and warnings as errors.
/// </summary>
public static class SnippetCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var steplog = new[] { typeof(StepLogger).Assembly.Location };
        return platform.Concat(steplog)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))

            // The web app sample is the README's program: its own types would clash with the snippet's.
            .Where(path => !Path.GetFileName(path).StartsWith("StepLog.Samples.", StringComparison.Ordinal))
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static IReadOnlyList<Diagnostic> Compile(Snippet snippet)
    {
        var tree = CSharpSyntaxTree.ParseText(
            snippet.Code, new CSharpParseOptions(LanguageVersion.Latest), path: snippet.ToString());
        var options = new CSharpCompilationOptions(
                tree.GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any()
                    ? OutputKind.ConsoleApplication
                    : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)

            // As the SDK does for every project: assembly-version unification notes are not problems.
            .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);
        var usings = snippet.WebApp ? [GlobalUsings(), WebGlobalUsings()] : new[] { GlobalUsings() };
        var compilation = CSharpCompilation.Create("Snippet", [tree, .. usings], References.Value, options);

        var generators = Load<IIncrementalGenerator>("StepLog.Generators").Select(GeneratorExtensions.AsSourceGenerator);
        CSharpGeneratorDriver.Create(generators).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        var analyzers = Load<DiagnosticAnalyzer>("StepLog.Analyzers").ToImmutableArray();
        var diagnostics = analyzers.IsEmpty
            ? generated.GetDiagnostics()
            : generated.WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

        return generatorDiagnostics.Concat(diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .ToList();
    }

    // What a new console project's implicit usings give a user.
    private static SyntaxTree GlobalUsings() => CSharpSyntaxTree.ParseText(
        """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """,
        new CSharpParseOptions(LanguageVersion.Latest),
        path: "GlobalUsings.g.cs");

    // What a new web project's implicit usings add (Microsoft.NET.Sdk.Web).
    private static SyntaxTree WebGlobalUsings() => CSharpSyntaxTree.ParseText(
        """
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """,
        new CSharpParseOptions(LanguageVersion.Latest),
        path: "WebGlobalUsings.g.cs");

    private static IEnumerable<T> Load<T>(string assemblyName)
    {
        // The code fixes beside the analyzers need Roslyn's Workspaces, which a compiler does not load: take the
        // types that load, as the command-line compiler does.
        Type[] types;
        try
        {
            types = Assembly.Load(assemblyName).GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types.OfType<Type>().ToArray();
        }

        return types
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (T)Activator.CreateInstance(t)!);
    }
}

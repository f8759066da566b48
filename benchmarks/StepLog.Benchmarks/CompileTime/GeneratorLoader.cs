using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>Finds the generators and analyzers to measure, without naming their types (so this compiles before they exist).</summary>
public static partial class GeneratorLoader
{
    private const string LoggingGeneratorFile = "Microsoft.Extensions.Logging.Generators.dll";

    /// <summary>The StepLog generator(s) of the referenced StepLog.Generators project.</summary>
    public static IIncrementalGenerator[] StepLogGenerators() =>
        Instantiate<IIncrementalGenerator>(Assembly.Load(new AssemblyName("StepLog.Generators")), "StepLog.Generators", "generator");

    /// <summary>The StepLog analyzers of the referenced StepLog.Analyzers project.</summary>
    public static DiagnosticAnalyzer[] StepLogAnalyzers() =>
        Instantiate<DiagnosticAnalyzer>(Assembly.Load(new AssemblyName("StepLog.Analyzers")), "StepLog.Analyzers", "analyzer");

    /// <summary>
    /// The [LoggerMessage] generator, from the Microsoft.Extensions.Logging.Abstractions package this project restored
    /// (its folder is recorded at build time): the build for the newest Roslyn that the running Roslyn can load.
    /// </summary>
    public static IIncrementalGenerator[] LoggerMessageGenerators()
    {
        var packageFolder = typeof(GeneratorLoader).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "LoggingAbstractionsPackageFolder")?.Value;
        if (string.IsNullOrEmpty(packageFolder) || !Directory.Exists(packageFolder))
        {
            throw new InvalidOperationException("The Microsoft.Extensions.Logging.Abstractions package folder was not recorded at build time; restore and build the benchmark project.");
        }

        var roslyn = typeof(Compilation).Assembly.GetName().Version!;
        var candidates = Directory.EnumerateDirectories(Path.Combine(packageFolder, "analyzers", "dotnet"), "roslyn*")
            .Select(folder => (Folder: folder, Version: RoslynFolderVersion(Path.GetFileName(folder))))
            .Where(candidate => candidate.Version is not null && candidate.Version <= roslyn)
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => Path.Combine(candidate.Folder, "cs", LoggingGeneratorFile))
            .Where(File.Exists);
        var path = candidates.FirstOrDefault()
            ?? throw new InvalidOperationException($"No {LoggingGeneratorFile} for Roslyn {roslyn} under {packageFolder}.");
        return Instantiate<IIncrementalGenerator>(Assembly.LoadFrom(path), LoggingGeneratorFile, "generator");
    }

    private static Version? RoslynFolderVersion(string folderName)
    {
        var match = RoslynFolder().Match(folderName);
        return match.Success ? Version.Parse(match.Groups[1].Value) : null;
    }

    private static T[] Instantiate<T>(Assembly assembly, string what, string kind)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types.Where(type => type is not null).ToArray()!;
        }

        var found = types
            .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Where(type => type.IsDefined(typeof(GeneratorAttribute)) || type.IsDefined(typeof(DiagnosticAnalyzerAttribute)))
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToArray();
        return found.Length > 0
            ? found
            : throw new InvalidOperationException($"{what} has no {kind} yet: this case runs once it has landed.");
    }

    [GeneratedRegex(@"^roslyn(\d+\.\d+)$")]
    private static partial Regex RoslynFolder();
}

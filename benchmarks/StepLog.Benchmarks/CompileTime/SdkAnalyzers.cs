using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// The analyzers that a default <c>dotnet build</c> of a net10 project hands the compiler before any package adds its
/// own: the .NET SDK's code-analysis rules (Microsoft.CodeAnalysis.NetAnalyzers) and the analyzers in the runtime's
/// reference pack. Found from the running runtime's location (the dotnet installation it belongs to); when they are not
/// there, <see cref="Load"/> returns none and says why.
/// </summary>
public static class SdkAnalyzers
{
    private static readonly Lazy<(ImmutableArray<DiagnosticAnalyzer> Analyzers, string Description)> Loaded = new(LoadFromInstallation);

    /// <summary>The analyzers, or an empty array when the installation has none this process can load.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Load() => Loaded.Value.Analyzers;

    /// <summary>Where the analyzers came from, or why there are none.</summary>
    public static string Description => Loaded.Value.Description;

    private static (ImmutableArray<DiagnosticAnalyzer>, string) LoadFromInstallation()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/ is where this runtime lives.
        var runtimeFolder = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var runtimeVersion = Path.GetFileName(runtimeFolder);
        var root = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        var netAnalyzers = NewestFolder(Path.Combine(root, "sdk"), runtimeVersion.Split('.')[0] + ".") is { } sdk
            ? Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers")
            : null;
        var refPack = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", runtimeVersion);
        if (!Directory.Exists(refPack))
        {
            refPack = NewestFolder(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"), runtimeVersion.Split('.')[0] + ".") ?? refPack;
        }

        var files = new List<string>();
        if (netAnalyzers is not null && Directory.Exists(netAnalyzers))
        {
            files.AddRange(Directory.EnumerateFiles(netAnalyzers, "*.dll").Where(file => !Path.GetFileName(file).Contains("VisualBasic", StringComparison.Ordinal)));
        }

        var refPackAnalyzers = Path.Combine(refPack, "analyzers", "dotnet", "cs");
        if (Directory.Exists(refPackAnalyzers))
        {
            files.AddRange(Directory.EnumerateFiles(refPackAnalyzers, "*.dll"));
        }

        if (files.Count == 0)
        {
            return ([], $"no SDK analyzers found under {root} (looked for sdk/{runtimeVersion.Split('.')[0]}.*/Sdks/Microsoft.NET.Sdk/analyzers and {refPackAnalyzers})");
        }

        var analyzers = new List<DiagnosticAnalyzer>();
        var problems = new List<string>();
        foreach (var file in files.OrderBy(file => file, StringComparer.Ordinal))
        {
            try
            {
                analyzers.AddRange(Instantiate(Assembly.LoadFrom(file)));
            }
            catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException)
            {
                problems.Add($"{Path.GetFileName(file)}: {error.Message}");
            }
        }

        var description = $"{analyzers.Count} C# analyzers from {files.Count} assemblies under {root}" +
            (problems.Count > 0 ? $"; not loaded: {string.Join("; ", problems)}" : string.Empty);
        return ([.. analyzers], description);
    }

    private static IEnumerable<DiagnosticAnalyzer> Instantiate(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);

    // The highest version folder with the given prefix ("10."): the SDK that a build with this runtime would use.
    private static string? NewestFolder(string parent, string prefix) =>
        Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent)
                .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var version) ? version : null))
                .Where(candidate => candidate.Version is not null && Path.GetFileName(candidate.Folder).StartsWith(prefix, StringComparison.Ordinal))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Folder)
                .FirstOrDefault()
            : null;
}

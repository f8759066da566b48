using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace StepLog.Analyzers.Tests.Infrastructure;

/// <summary>
/// What test sources compile against: the framework this test process runs on (its trusted platform assemblies),
/// the StepLog runtime, Microsoft.Extensions.Logging.Abstractions and, for the runtime's AddStepLog(ILoggingBuilder),
/// Microsoft.Extensions.DependencyInjection.Abstractions. Nothing is downloaded.
/// </summary>
internal static class UsageReferences
{
    /// <summary>No reference package to resolve: every reference comes from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => IsFramework(Path.GetFileName(path)));
        return
        [
            .. platform.Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(StepLogger).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
        ];
    }

    private static bool IsFramework(string file) =>
        file is "mscorlib.dll" or "netstandard.dll" ||
        file.StartsWith("System.", StringComparison.Ordinal) ||
        file.StartsWith("Microsoft.Win32.", StringComparison.Ordinal) ||
        file == "Microsoft.CSharp.dll";
}

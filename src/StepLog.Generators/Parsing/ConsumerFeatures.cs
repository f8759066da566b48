using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepLog.Generators.Parsing;

/// <summary>What the consumer's target framework and language version let generated code use.</summary>
internal static class ConsumerFeatures
{
    /// <summary>Reads the features from the consumer's compilation; a plain value, so that a new compilation re-runs no emission.</summary>
    public static ConsumerFeatureSet Of(Compilation compilation, ParseOptions options) =>
        new(HasPoolingValueTaskBuilder(compilation, options), HasStackTraceHidden(compilation));

    /// <summary>
    /// Whether the awaiting helper of a ValueTask wrapper can use PoolingAsyncValueTaskMethodBuilder (net6+): a pending
    /// call then reuses pooled state instead of allocating a state machine box. A method-level builder needs C# 10.
    /// </summary>
    private static bool HasPoolingValueTaskBuilder(Compilation compilation, ParseOptions options) =>
        options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp10 }
        && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1") is { DeclaredAccessibility: Accessibility.Public }
        && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder") is { DeclaredAccessibility: Accessibility.Public };

    /// <summary>
    /// Whether the runtime's StackTraceHiddenAttribute (net6+) is there, so that the wrappers' frames can stay out of the
    /// stack traces of the user's exceptions. A consumer's own copy (netstandard2.0) would be ignored by the runtime.
    /// </summary>
    private static bool HasStackTraceHidden(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Diagnostics.StackTraceHiddenAttribute") is
        { DeclaredAccessibility: Accessibility.Public, ContainingAssembly.Name: "System.Runtime" or "System.Private.CoreLib" or "netstandard" or "mscorlib" };
}

/// <summary>The consumer's features that change the generated code.</summary>
/// <param name="PoolValueTasks">The ValueTask awaiting helpers use PoolingAsyncValueTaskMethodBuilder.</param>
/// <param name="HideFrames">The wrappers carry [StackTraceHidden].</param>
internal readonly record struct ConsumerFeatureSet(bool PoolValueTasks, bool HideFrames);

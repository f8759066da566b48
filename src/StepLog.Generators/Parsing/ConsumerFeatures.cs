using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepLog.Generators.Parsing;

/// <summary>What the consumer's target framework and language version let generated code use.</summary>
internal static class ConsumerFeatures
{
    /// <summary>
    /// Whether the awaiting helper of a ValueTask wrapper can use PoolingAsyncValueTaskMethodBuilder (net6+): a pending
    /// call then reuses pooled state instead of allocating a state machine box. A method-level builder needs C# 10.
    /// </summary>
    public static bool HasPoolingValueTaskBuilder(Compilation compilation, ParseOptions options) =>
        options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp10 }
        && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1") is { DeclaredAccessibility: Accessibility.Public }
        && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder") is { DeclaredAccessibility: Accessibility.Public };
}

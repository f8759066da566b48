using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Generators.Emitting;
using StepLog.Generators.Models;
using StepLog.Generators.Parsing;
using StepLog.Shared;

namespace StepLog.Generators;

/// <summary>
/// Implements the partial methods marked [Operation] and [Step]: each logs its start line, calls the body (the method
/// named X + "Core"), and logs success with its duration or the failure, through StepLog's runtime.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StepLogGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline's steps, for incremental tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Parsed [Operation] methods.</summary>
        public const string Operations = nameof(Operations);

        /// <summary>Parsed [Step] methods.</summary>
        public const string Steps = nameof(Steps);

        /// <summary>Methods grouped per type.</summary>
        public const string Types = nameof(Types);

        /// <summary>What the consumer's compilation offers the generated code.</summary>
        public const string Features = nameof(Features);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var operations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Operation,
                static (node, _) => IsAttributeTarget(node),
                static (syntax, cancellationToken) => MethodParser.Parse(syntax, isOperation: true, cancellationToken))
            .WithTrackingName(TrackingNames.Operations);

        var steps = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Step,
                static (node, _) => IsAttributeTarget(node),
                static (syntax, cancellationToken) => MethodParser.Parse(syntax, isOperation: false, cancellationToken))
            .WithTrackingName(TrackingNames.Steps);

        var types = operations.Collect()
            .Combine(steps.Collect())
            .SelectMany(static (pair, _) => TypeGrouper.Group(Candidates(pair.Left), Candidates(pair.Right)))
            .WithTrackingName(TrackingNames.Types);

        // What the consumer's framework and language let the code use (a pooling builder for the ValueTask helpers,
        // [StackTraceHidden]): reduced to a pair of bools, so that a new compilation re-runs no emission.
        var features = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ConsumerFeatures.Of(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Features);

        context.RegisterSourceOutput(
            types.Combine(features),
            static (output, pair) => output.AddSource(pair.Left.Target.HintName, SourceEmitter.Emit(pair.Left, pair.Right)));

        // Why a method is not implemented as written (SL0001-SL0007). Only methods with findings meet the compilation,
        // which locates each finding in its syntax tree; a clean project reports from cache.
        ReportDiagnostics(context, operations);
        ReportDiagnostics(context, steps);
    }

    /// <summary>Where [Operation]/[Step] can be written: methods, operators, accessors, local functions.</summary>
    private static bool IsAttributeTarget(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax;

    private static ImmutableArray<MethodCandidate> Candidates(ImmutableArray<ParseResult> results) =>
        results.Where(static r => r.Candidate is not null).Select(static r => r.Candidate!).ToImmutableArray();

    private static void ReportDiagnostics(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParseResult> results) =>
        context.RegisterSourceOutput(
            results.Where(static r => r.Diagnostics.Count > 0).Select(static (r, _) => r.Diagnostics).Combine(context.CompilationProvider),
            static (output, pair) =>
            {
                foreach (var diagnostic in pair.Left)
                {
                    var tree = pair.Right.SyntaxTrees.FirstOrDefault(t => t.FilePath == diagnostic.FilePath);
                    output.ReportDiagnostic(diagnostic.ToDiagnostic(tree));
                }
            });
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0013: <c>AddHealthChecks().AddStepLog()</c> in a project that has StepLog but not StepLog.HealthChecks. The call
/// binds to nothing, and the compiler's CS1929 points at StepLog's logging <c>AddStepLog(ILoggingBuilder)</c>, which
/// sends the user to their logging setup; this rule names the package instead. Analyzers still run on a compilation
/// whose errors are inside method bodies, as this one is (a real build of a consumer shows it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HealthChecksPackageAnalyzer : DiagnosticAnalyzer
{
    private const string MethodName = "AddStepLog";
    private const string BuilderType = "Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder";
    private const string PackageExtensionsType = "StepLog.StepHealthCheckBuilderExtensions";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HealthChecksPackageMissing);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // With the package referenced, an AddStepLog that does not bind is a plain mistake the compiler explains.
            if (start.Compilation.GetTypeByMetadataName(PackageExtensionsType) is null &&
                start.Compilation.GetTypeByMetadataName(BuilderType) is { } builder)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, builder), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, INamedTypeSymbol builder)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: MethodName } access ||
            context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not null ||
            context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type is not { } receiver ||
            !IsHealthChecksBuilder(receiver, builder))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.HealthChecksPackageMissing, access.Name.GetLocation(), MethodName));
    }

    private static bool IsHealthChecksBuilder(ITypeSymbol type, INamedTypeSymbol builder) =>
        SymbolEqualityComparer.Default.Equals(type, builder) ||
        type.AllInterfaces.Any(implemented => SymbolEqualityComparer.Default.Equals(implemented, builder));
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0012 where the generator cannot see it: <c>[Subject]</c> on a parameter of a method that is neither an
/// [Operation] nor a [Step] method (an XCore body, a helper, a lambda, a constructor). Nothing reads it there, and
/// without this rule the records would silently carry another subject. On [Operation]/[Step] methods the generator
/// reports the rule (StepLog.Shared.SubjectRules), so it is reported once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SubjectPlacementAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SubjectIgnored);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (StepLogTypes.TryCreate(start.Compilation) is { } types &&
                start.Compilation.GetTypeByMetadataName(AttributeNames.Subject) is { } subject)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeParameter(node, types, subject), SyntaxKind.Parameter);
            }
        });
    }

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context, StepLogTypes types, INamedTypeSymbol subject)
    {
        var syntax = (ParameterSyntax)context.Node;
        if (syntax.AttributeLists.Count == 0 ||
            context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not { } parameter ||
            !parameter.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, subject)) ||
            types.FindStepLogAttribute(parameter.ContainingSymbol) is not null || // the generator's to report
            !GeneratedCode.IsUserWritten(syntax.GetLocation(), context.Options, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SubjectIgnored, syntax.Identifier.GetLocation(), parameter.Name, OwnerName(parameter.ContainingSymbol), SubjectRules.NotStepLogReason));
    }

    private static string OwnerName(ISymbol owner) => owner switch
    {
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => "a lambda",
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType.Name,
        IMethodSymbol method => MethodRules.DisplayName(method),
        _ => owner.Name,
    };
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Shared;
using StepLog.Analyzers.Usage;

namespace StepLog.Analyzers.Suppressors;

/// <summary>
/// Suppresses CA1822 ("mark members as static") on the body method <c>XCore</c> of an [Operation]/[Step] method:
/// the body must match the static-ness of its partial declaration, which the generated wrapper calls, so following
/// the advice would break the build with SL0003. Every user with the recommended analysis level would meet it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CoreMethodStaticSuppressor : DiagnosticSuppressor
{
    internal static readonly SuppressionDescriptor CoreMustMatchDeclaration = new(
        id: "SLSP0001",
        suppressedDiagnosticId: "CA1822",
        justification: "The body of a StepLog [Operation]/[Step] method must be static exactly when its partial declaration is.");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ImmutableArray.Create(CoreMustMatchDeclaration);

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        if (StepLogTypes.TryCreate(context.Compilation) is not { } types)
        {
            return;
        }

        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan);
            var model = context.GetSemanticModel(tree);
            if (model.GetDeclaredSymbol(node, context.CancellationToken) is IMethodSymbol method && IsStepLogBody(method, types))
            {
                context.ReportSuppression(Suppression.Create(CoreMustMatchDeclaration, diagnostic));
            }
        }
    }

    private static bool IsStepLogBody(IMethodSymbol method, StepLogTypes types)
    {
        const string suffix = "Core";
        if (!method.Name.EndsWith(suffix, System.StringComparison.Ordinal) || method.Name.Length == suffix.Length)
        {
            return false;
        }

        var declarationName = method.Name.Substring(0, method.Name.Length - suffix.Length);
        return method.ContainingType.GetMembers(declarationName)
            .OfType<IMethodSymbol>()
            .Any(declaration => types.FindStepLogAttribute(declaration) is not null && CoreMethod.Matches(method, declaration));
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Shared;

/// <summary>
/// Whether a primary-constructor parameter can be captured by generated code. Compiled into both the generator (which
/// decides) and the analyzers (which explain the decision, SL0009), so that the two never disagree.
/// </summary>
internal static class PrimaryConstructorCapture
{
    /// <summary>
    /// Whether the parameter already feeds a field, property or base constructor: capturing it as well would make the
    /// compiler warn (CS9124, CS9107).
    /// </summary>
    public static bool FeedsState(INamedTypeSymbol type, string parameterName)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var node in declaration.DescendantNodes(descendIntoChildren: n => n is not (BaseMethodDeclarationSyntax or AccessorListSyntax or ArrowExpressionClauseSyntax)))
            {
                if (node is IdentifierNameSyntax identifier
                    && identifier.Identifier.ValueText == parameterName
                    && identifier.FirstAncestorOrSelf<SyntaxNode>(n => n is EqualsValueClauseSyntax or PrimaryConstructorBaseTypeSyntax) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

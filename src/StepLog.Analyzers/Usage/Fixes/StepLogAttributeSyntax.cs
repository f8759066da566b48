using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepLog.Analyzers.Usage.Fixes;

/// <summary>Tells StepLog's attributes in syntax apart from others by what they bind to, not by how they are spelled.</summary>
internal static class StepLogAttributeSyntax
{
    public static bool IsLog(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken) =>
        Is(attribute, model, "LogAttribute", cancellationToken);

    /// <summary>The parameter list without [Log] (an empty attribute list goes too).</summary>
    public static ParameterListSyntax WithoutLog(ParameterListSyntax parameters, SemanticModel model, CancellationToken cancellationToken) =>
        parameters.WithParameters(SyntaxFactory.SeparatedList(
            parameters.Parameters.Select(p => WithoutLog(p, model, cancellationToken)),
            parameters.Parameters.GetSeparators()));

    private static ParameterSyntax WithoutLog(ParameterSyntax parameter, SemanticModel model, CancellationToken cancellationToken)
    {
        if (parameter.AttributeLists.Count == 0)
        {
            return parameter;
        }

        var lists = SyntaxFactory.List(parameter.AttributeLists
            .Select(list => list.WithAttributes(SyntaxFactory.SeparatedList(list.Attributes.Where(a => !IsLog(a, model, cancellationToken)))))
            .Where(list => list.Attributes.Count > 0));
        var leading = parameter.GetLeadingTrivia();
        return parameter.WithAttributeLists(lists).WithLeadingTrivia(leading);
    }

    private static bool Is(AttributeSyntax attribute, SemanticModel model, string name, CancellationToken cancellationToken)
    {
        var type = model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType;
        return type is { Name: var typeName, ContainingNamespace: { Name: "StepLog", ContainingNamespace.IsGlobalNamespace: true } } &&
               typeName == name;
    }
}

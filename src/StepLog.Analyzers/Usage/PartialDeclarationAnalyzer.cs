using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0001: [Operation]/[Step] on anything but a partial method declaration without a body (the generator only
/// implements those). SL0002: such a method in a type, or a type nested in a type, that is not partial.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartialDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.NotPartialDeclaration, Descriptors.TypeNotPartial);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = StepLogTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, types), SymbolKind.Method);
            // Local functions are no members, so no symbol action sees them; the attribute is allowed on them all the same.
            start.RegisterSyntaxNodeAction(node => AnalyzeLocalFunction(node, types), SyntaxKind.LocalFunctionStatement);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, StepLogTypes types)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = types.FindStepLogAttribute(method);
        var location = MethodShape.NameLocation(method);
        if (attribute is null || location is null || MethodShape.IsImplementationPart(method) || method.ContainingType is not { } containingType ||
            containingType.TypeKind == TypeKind.Interface)
        {
            // Methods in interfaces are SL0007's: making them partial would not help.
            return;
        }

        if (!MethodShape.IsPartialDeclarationWithoutBody(method))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.NotPartialDeclaration, location, DisplayName(method), types.ShortName(attribute)));
        }

        if (method.MethodKind != MethodKind.Ordinary)
        {
            return;
        }

        for (var type = containingType; type is not null; type = type.ContainingType)
        {
            if (!IsPartial(type, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.TypeNotPartial, location, method.Name, types.ShortName(attribute), MethodShape.DisplayName(type)));
            }
        }
    }

    private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context, StepLogTypes types)
    {
        var function = (LocalFunctionStatementSyntax)context.Node;
        if (function.AttributeLists.Count == 0 ||
            context.SemanticModel.GetDeclaredSymbol(function, context.CancellationToken) is not IMethodSymbol method)
        {
            return;
        }

        var attribute = types.FindStepLogAttribute(method);
        if (attribute is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.NotPartialDeclaration, function.Identifier.GetLocation(), method.Name, types.ShortName(attribute)));
        }
    }

    /// <summary>An accessor or operator by the name the user knows it by ('C.Total.get'), not its metadata name.</summary>
    private static string DisplayName(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary
            ? method.Name
            : method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    /// <summary>Partial when a declaration says so (the compiler reports a part that forgets it).</summary>
    private static bool IsPartial(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration &&
            declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
}

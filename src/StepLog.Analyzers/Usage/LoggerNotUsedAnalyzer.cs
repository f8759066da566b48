using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0009: the generator found no logger it can use and falls back to StepLog's default logger, although the type has
/// an <c>ILogger</c> the user most likely meant: a nullable one, an instance one for a static method, or a
/// primary-constructor parameter that already feeds a field or base constructor. Without this rule the lines would
/// silently go to another logger (another category, another configuration).
/// </summary>
/// <remarks>Asks the generator's own rule (LoggerDiscovery): when it finds a logger, nothing is reported.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoggerNotUsedAnalyzer : DiagnosticAnalyzer
{
    internal const string NullableReason = "it is declared nullable, and a wrapper needs a logger it can rely on; declare it 'ILogger' (not 'ILogger?')";
    internal const string InstanceForStaticReason = "the method is static and the logger is an instance member; make the method an instance method, or give it an ILogger parameter or a static logger";
    internal const string FeedsStateReason = "the primary-constructor parameter already initialises a field, property or base constructor, and capturing it as well would make the compiler warn (CS9124/CS9107); keep the logger in a field";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LoggerNotUsed);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // The declaration counts as generated code once the generator implemented it: see GeneratedCode.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            // Without ILogger in the compilation no member can be a logger the user meant.
            if (StepLogTypes.TryCreate(start.Compilation) is { } types &&
                start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger") is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, types), SymbolKind.Method);
            }
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, StepLogTypes types)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType is not { } type || MethodShape.UserDeclaration(context, types) is not { } declaration ||
            FindUsable(method) || FindIgnored(method, type) is not { } ignored)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.LoggerNotUsed, declaration.NameLocation, method.Name, ignored.Name, ignored.Reason));
    }

    /// <summary>Whether the generator finds a logger: its own rule, so that the two never disagree.</summary>
    private static bool FindUsable(IMethodSymbol method) => LoggerDiscovery.Find(method) is not null;

    private static (string Name, string Reason)? FindIgnored(IMethodSymbol method, INamedTypeSymbol type)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.Out && KnownTypes.IsLogger(parameter.Type))
            {
                return (parameter.Name, NullableReason);
            }
        }

        foreach (var (member, memberType) in Members(type))
        {
            if (KnownTypes.IsLogger(memberType))
            {
                return (member.Name, IsNullable(memberType) ? NullableReason : InstanceForStaticReason);
            }
        }

        foreach (var parameter in PrimaryConstructorLoggers(type))
        {
            return (parameter.Name, method.IsStatic ? InstanceForStaticReason : IsNullable(parameter.Type) ? NullableReason : FeedsStateReason);
        }

        return null;
    }

    /// <summary>
    /// The fields and properties the generator may read: the type's own, and the non-private ones of its bases; not the
    /// members it declares itself (its default logger is what this rule warns about, not a logger the user chose).
    /// </summary>
    private static System.Collections.Generic.IEnumerable<(ISymbol Member, ITypeSymbol Type)> Members(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var own = SymbolEqualityComparer.Default.Equals(current, type);
            foreach (var member in current.GetMembers())
            {
                if (!member.CanBeReferencedByName || (!own && member.DeclaredAccessibility == Accessibility.Private) ||
                    GeneratedCode.IsDeclaredByStepLog(member))
                {
                    continue;
                }

                switch (member)
                {
                    case IFieldSymbol field:
                        yield return (field, field.Type);
                        break;
                    case IPropertySymbol { IsIndexer: false, GetMethod: not null } property:
                        yield return (property, property.Type);
                        break;
                }
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<IParameterSymbol> PrimaryConstructorLoggers(INamedTypeSymbol type)
    {
        if (type.IsRecord)
        {
            yield break; // a record's parameters are properties, found among the members
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.RefKind == RefKind.None && KnownTypes.IsLogger(parameter.Type))
                    {
                        yield return parameter;
                    }
                }
            }
        }
    }

    private static bool IsNullable(ITypeSymbol type) => type.NullableAnnotation == NullableAnnotation.Annotated;
}

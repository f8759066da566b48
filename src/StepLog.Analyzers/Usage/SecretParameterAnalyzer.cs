using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepLog.Shared;

namespace StepLog.Analyzers.Usage;

/// <summary>
/// SL0008: [Log] on a parameter whose name (or explicit log key) looks like a secret. The generator would write its value
/// to the log, where passwords and tokens must never go.
/// </summary>
/// <remarks>
/// Names are compared case-insensitively without '_' and '-', so <c>apiKey</c>, <c>api_key</c> and <c>API-KEY</c> are
/// one name. A bare <c>key</c> is not reported: cache and dictionary keys are what steps most often log. Nor are
/// parameters whose type cannot hold a secret: numbers, booleans, enums and <c>CancellationToken</c>
/// (<c>maxTokens</c>, <c>cancellationToken</c>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretParameterAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] SecretWords =
    [
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
        "credential", "connectionstring", "connstr",
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SecretLogged);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // The declaration counts as generated code once the generator implemented it: see GeneratedCode.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var types = StepLogTypes.TryCreate(start.Compilation);
            if (types?.Log is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, types), SymbolKind.Method);
            }
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, StepLogTypes types)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (MethodShape.IsImplementationPart(method))
        {
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            var log = parameter.GetAttributes().FirstOrDefault(types.IsLog);
            if (log is null || CannotHoldSecret(parameter.Type, types) ||
                parameter.Locations.FirstOrDefault(l => l.IsInSource) is not { } location ||
                !GeneratedCode.IsUserWritten(location, context.Options, context.CancellationToken))
            {
                continue;
            }

            var explicitKey = LogKeys.GivenKey(log);
            if (LooksSecret(parameter.Name) || (explicitKey is not null && LooksSecret(explicitKey)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretLogged, location, parameter.Name, method.Name));
            }
        }
    }

    /// <summary>True when the name, without case, '_' and '-', contains a word that names a secret.</summary>
    internal static bool LooksSecret(string name)
    {
        var normalized = new string(name.Where(c => c is not ('_' or '-' or '@')).ToArray()).ToUpperInvariant();
        return SecretWords.Any(word => normalized.IndexOf(word.ToUpperInvariant(), StringComparison.Ordinal) >= 0);
    }

    private static bool CannotHoldSecret(ITypeSymbol type, StepLogTypes types)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.TypeKind == TypeKind.Enum ||
               SymbolEqualityComparer.Default.Equals(type, types.CancellationToken) ||
               type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte or
                   SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or
                   SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
                   SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
    }
}

using Microsoft.CodeAnalysis;
using StepLog.Generators.Models;

namespace StepLog.Generators.Parsing;

/// <summary>
/// How generated code reads the logger that <see cref="Shared.LoggerDiscovery"/> found. Members are qualified
/// (<c>this.</c>, the type's global:: name) and a primary-constructor parameter is read through a generated property,
/// so that a parameter of the wrapped method with the same name cannot capture the expression.
/// </summary>
internal static class LoggerAccess
{
    /// <summary>The expression that reads the logger, or null for the default logger, and the captured primary-constructor parameter, if any.</summary>
    public static (string? Expression, CapturedLogger? Captured) Of(ISymbol? logger) => logger switch
    {
        null => (null, null),
        IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } parameter =>
            ("this." + CapturedLogger.PropertyName, new CapturedLogger(SymbolNames.Type(parameter.Type), SymbolNames.Escape(parameter.Name))),
        IParameterSymbol parameter => (SymbolNames.Escape(parameter.Name), null),
        _ when logger.IsStatic => (SymbolNames.Type(logger.ContainingType) + "." + SymbolNames.Escape(logger.Name), null),
        _ => ("this." + SymbolNames.Escape(logger.Name), null),
    };
}

using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>Recognises the framework types StepLog's rules depend on, by name, without resolving them first.</summary>
internal static class KnownTypes
{
    /// <summary>Whether <paramref name="type"/> is the top-level type <paramref name="ns"/>.<paramref name="metadataName"/>.</summary>
    public static bool Is(ITypeSymbol? type, string ns, string metadataName) =>
        type is INamedTypeSymbol named
        && named.MetadataName == metadataName
        && named.ContainingType is null
        && named.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>ILogger or ILogger&lt;T&gt; of Microsoft.Extensions.Logging.</summary>
    public static bool IsLoggerInterface(ITypeSymbol type) =>
        Is(type, "Microsoft.Extensions.Logging", "ILogger") || Is(type, "Microsoft.Extensions.Logging", "ILogger`1");

    /// <summary>A type whose values are loggers: ILogger, ILogger&lt;T&gt;, or a type that implements them.</summary>
    public static bool IsLogger(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (IsLoggerInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsLoggerInterface(implemented))
            {
                return true;
            }
        }

        return false;
    }
}

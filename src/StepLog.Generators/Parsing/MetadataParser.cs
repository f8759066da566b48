using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepLog.Generators.Models;
using StepLog.Shared;

namespace StepLog.Generators.Parsing;

/// <summary>
/// Turns [Log] parameters and results into the values of a line: a collection as its count, a named tuple as its
/// named elements; values that cannot be held in a generic struct (ref structs, type parameters that allow
/// them, pointers) are left out.
/// </summary>
internal static class MetadataParser
{
    /// <summary>The local that holds a result in generated code; result expressions read it.</summary>
    public const string ResultLocal = "__result";

    public static EquatableArray<MetadataValue> StartValues(IMethodSymbol method)
    {
        var values = new List<MetadataValue>();
        foreach (var parameter in method.Parameters)
        {
            // An out parameter has no value yet when the start line is written.
            if (parameter.RefKind == RefKind.Out || AttributeNames.Find(parameter, AttributeNames.Log) is not { } log)
            {
                continue;
            }

            AddValue(values, LogKeys.OfParameter(parameter, log), SymbolNames.Escape(parameter.Name), parameter.Type);
        }

        return EquatableArray.From(values);
    }

    /// <summary>The values of a result: its named tuple elements, or the value under <paramref name="resultKey"/>.</summary>
    public static EquatableArray<MetadataValue> ResultValues(ITypeSymbol? resultType, string? resultKey)
    {
        var values = new List<MetadataValue>();
        if (resultType is null)
        {
            return EquatableArray<MetadataValue>.Empty;
        }

        if (resultType.IsTupleType && resultType is INamedTypeSymbol tuple)
        {
            foreach (var element in tuple.TupleElements)
            {
                if (element.IsExplicitlyNamedTupleElement)
                {
                    AddValue(values, LogKeys.SnakeCase(element.Name), ResultLocal + "." + SymbolNames.Escape(element.Name), element.Type);
                }
            }

            if (values.Count > 0)
            {
                return EquatableArray.From(values);
            }
        }

        if (resultKey is { Length: > 0 })
        {
            AddValue(values, resultKey, ResultLocal, resultType);
        }

        return EquatableArray.From(values);
    }

    private static void AddValue(List<MetadataValue> values, string key, string expression, ITypeSymbol type)
    {
        if (UnkeepableTypes.MayBe(type) || type.TypeKind == TypeKind.Error || type.SpecialType == SpecialType.System_Void)
        {
            return;
        }

        if (CountMember(type) is { } count)
        {
            values.Add(new MetadataValue(key, expression, SymbolNames.Type(type), count, IsReference: false));
            return;
        }

        values.Add(new MetadataValue(key, expression, SymbolNames.Type(type), null, type.IsReferenceType));
    }

    /// <summary>"Count" or "Length" when a reference-type collection has exactly one such int property; else null.</summary>
    private static string? CountMember(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String || !type.IsReferenceType || type.TypeKind == TypeKind.TypeParameter)
        {
            return null;
        }

        if (type is IArrayTypeSymbol { Rank: 1 })
        {
            return "Length";
        }

        if (!IsEnumerable(type))
        {
            return null;
        }

        if (type.TypeKind != TypeKind.Interface)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (FindIntProperty(current, "Count") is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        // An interface inherits Count from its base interfaces; two of them would make `x.Count` ambiguous.
        string? member = FindIntProperty(type, "Count");
        if (member is not null)
        {
            return member;
        }

        var declarations = 0;
        foreach (var inherited in type.AllInterfaces)
        {
            if (FindIntProperty(inherited, "Count") is not null)
            {
                declarations++;
            }
        }

        return declarations == 1 ? "Count" : null;
    }

    private static string? FindIntProperty(ITypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public, Type.SpecialType: SpecialType.System_Int32 })
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsEnumerable(ITypeSymbol type)
    {
        if (KnownTypes.Is(type, "System.Collections", "IEnumerable"))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (KnownTypes.Is(implemented, "System.Collections", "IEnumerable"))
            {
                return true;
            }
        }

        return false;
    }
}

using Microsoft.CodeAnalysis;
using StepLog.Generators.Models;

namespace StepLog.Generators.Parsing;

/// <summary>Classifies return types into the shapes the emitter knows.</summary>
internal static class ReturnShapes
{
    private const string Tasks = "System.Threading.Tasks";

    /// <summary>The shape and result type, or null for a return type StepLog does not wrap (async streams).</summary>
    public static (ReturnShape Shape, ITypeSymbol? Result)? Classify(IMethodSymbol method)
    {
        var type = method.ReturnType;
        if (method.ReturnsVoid)
        {
            return (ReturnShape.Void, null);
        }

        if (SymbolNames.Is(type, "System.Collections.Generic", "IAsyncEnumerable`1") || SymbolNames.Is(type, "System.Collections.Generic", "IAsyncEnumerator`1"))
        {
            return null;
        }

        if (SymbolNames.Is(type, Tasks, "Task"))
        {
            return (ReturnShape.Task, null);
        }

        if (SymbolNames.Is(type, Tasks, "ValueTask"))
        {
            return (ReturnShape.ValueTask, null);
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic)
        {
            if (SymbolNames.Is(type, Tasks, "Task`1"))
            {
                return (ReturnShape.TaskOfT, generic.TypeArguments[0]);
            }

            if (SymbolNames.Is(type, Tasks, "ValueTask`1"))
            {
                return (ReturnShape.ValueTaskOfT, generic.TypeArguments[0]);
            }
        }

        return (ReturnShape.Value, type);
    }
}

using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>Classifies return types into the shapes the emitter knows.</summary>
internal static class ReturnShapes
{
    private const string Tasks = "System.Threading.Tasks";

    /// <summary>The shape and result type (T of Task&lt;T&gt;, the value, or null), or null for a return type StepLog does not wrap (async streams).</summary>
    public static (ReturnShape Shape, ITypeSymbol? Result)? Classify(IMethodSymbol method)
    {
        var type = method.ReturnType;
        if (method.ReturnsVoid)
        {
            return (ReturnShape.Void, null);
        }

        if (KnownTypes.Is(type, "System.Collections.Generic", "IAsyncEnumerable`1") || KnownTypes.Is(type, "System.Collections.Generic", "IAsyncEnumerator`1"))
        {
            return null;
        }

        if (KnownTypes.Is(type, Tasks, "Task"))
        {
            return (ReturnShape.Task, null);
        }

        if (KnownTypes.Is(type, Tasks, "ValueTask"))
        {
            return (ReturnShape.ValueTask, null);
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic)
        {
            if (KnownTypes.Is(type, Tasks, "Task`1"))
            {
                return (ReturnShape.TaskOfT, generic.TypeArguments[0]);
            }

            if (KnownTypes.Is(type, Tasks, "ValueTask`1"))
            {
                return (ReturnShape.ValueTaskOfT, generic.TypeArguments[0]);
            }
        }

        return (ReturnShape.Value, type);
    }
}

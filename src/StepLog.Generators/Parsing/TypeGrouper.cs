using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StepLog.Generators.Models;

namespace StepLog.Generators.Parsing;

/// <summary>Groups parsed methods per containing type: one generated file per type.</summary>
internal static class TypeGrouper
{
    public static ImmutableArray<TypeModel> Group(ImmutableArray<MethodCandidate> operations, ImmutableArray<MethodCandidate> steps)
    {
        var order = new List<TypeTarget>();
        var methods = new Dictionary<TypeTarget, List<MethodModel>>();
        foreach (var candidate in operations.Concat(steps))
        {
            if (!methods.TryGetValue(candidate.Target, out var list))
            {
                methods[candidate.Target] = list = new List<MethodModel>();
                order.Add(candidate.Target);
            }

            list.Add(candidate.Method);
        }

        // Methods from several partial declarations of one type (in several files) share one target, so one file.
        return order.Select(target => new TypeModel(target, EquatableArray.From(methods[target]))).ToImmutableArray();
    }
}

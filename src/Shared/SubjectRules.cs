using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>
/// SL0012: which [Subject] parameter names what an operation's records are about, and why any other [Subject] is
/// ignored. The generator asks this for [Operation]/[Step] methods (it writes the subject and reports the rest); the
/// analyzers ask it for every other method, which the generator never sees.
/// </summary>
internal static class SubjectRules
{
    internal const string OutReason = "an out parameter has no value when the operation starts and its records are written; mark an input parameter, such as the id of what the operation works on";
    internal const string UnkeepableReason = "a value of a ref struct or pointer type cannot be turned into a subject id; pass the id (a string, a number) as a parameter of its own and mark that";
    internal const string StepReason = "a step's records take the subject of the operation it runs in; move [Subject] to a parameter of the [Operation] method";
    internal const string NotStepLogReason = "the method is neither an [Operation] nor a [Step] method, so nothing reads it; put it on a parameter of the [Operation] method whose records it names";

    internal static string SecondReason(string first) =>
        $"'{first}' is already the operation's subject, and an operation has one; remove one of the two [Subject] attributes";

    /// <summary>The subject parameter of an [Operation]/[Step] method, and the [Subject] parameters it ignores.</summary>
    public static SubjectChoice Choose(IMethodSymbol method, bool isOperation)
    {
        IParameterSymbol? subject = null;
        var ignored = new List<IgnoredSubject>();
        foreach (var parameter in method.Parameters)
        {
            if (AttributeNames.Find(parameter, AttributeNames.Subject) is null)
            {
                continue;
            }

            var reason = !isOperation ? StepReason
                : Unreadable(parameter) is { } unreadable ? unreadable
                : subject is not null ? SecondReason(subject.Name)
                : null;
            if (reason is null)
            {
                subject = parameter;
            }
            else
            {
                ignored.Add(new IgnoredSubject(parameter, reason));
            }
        }

        return new SubjectChoice(subject, ignored);
    }

    /// <summary>Why a parameter's value cannot be read as a subject before the call; null when it can.</summary>
    public static string? Unreadable(IParameterSymbol parameter) =>
        parameter.RefKind == RefKind.Out ? OutReason
        : UnkeepableTypes.MayBe(parameter.Type) ? UnkeepableReason // the generated code cannot pass it to SubjectOf<T>
        : null;

    /// <summary>Where SL0012 is reported: the parameter's name.</summary>
    public static Location? LocationOf(IParameterSymbol parameter) =>
        parameter.Locations.FirstOrDefault(l => l.IsInSource);
}

/// <summary>The [Subject] parameter an operation records under (null: none), and the ones it ignores.</summary>
internal sealed class SubjectChoice(IParameterSymbol? subject, IReadOnlyList<IgnoredSubject> ignored)
{
    public IParameterSymbol? Subject { get; } = subject;

    public IReadOnlyList<IgnoredSubject> Ignored { get; } = ignored;
}

/// <summary>A [Subject] parameter that names nothing, and why.</summary>
internal sealed class IgnoredSubject(IParameterSymbol parameter, string reason)
{
    public IParameterSymbol Parameter { get; } = parameter;

    public string Reason { get; } = reason;
}

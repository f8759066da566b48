using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// Collects what the flow walkers find, one diagnostic per rule and call site (a call reached by many paths is
/// reported once, naming the first way out found), and reports them when the block is done.
/// </summary>
internal sealed class FlowFindings
{
    private readonly Dictionary<(string Id, SyntaxNode Site), Diagnostic> _diagnostics = new();
    private readonly HashSet<SyntaxNode> _notExceptionSafe = new();

    public void StepNotEnded(TrackedLogger logger, IInvocationOperation step, string where) =>
        Add(Descriptors.StepNotEnded, step.Syntax, StepLabel(step), logger.Name, where);

    public void OperationNotCompleted(TrackedLogger logger, IInvocationOperation start, string where) =>
        Add(Descriptors.OperationNotCompleted, start.Syntax, logger.Name, where);

    public void OperationNotExceptionSafe(TrackedLogger logger, IInvocationOperation start)
    {
        if (_notExceptionSafe.Add(start.Syntax))
        {
            // Kept aside: SL1002 on the same Start already says it and its fix (using) covers both.
            Add(Descriptors.OperationNotExceptionSafe, start.Syntax, logger.Name);
        }
    }

    public void StepOutOfOrder(IInvocationOperation step, int number, int previous) =>
        Add(Descriptors.StepOutOfOrder, step.Syntax, number,
            number == previous
                ? $"repeats step {previous} on some path; give each step its own number, in the order the steps run"
                : $"follows step {previous} on some path; number the steps 1, 2, 3, ... in the order they run (end a step that does not run with Skip)");

    public void StepOverTotal(IInvocationOperation step, int number, TrackedLogger logger) =>
        Add(Descriptors.StepOutOfOrder, step.Syntax, number,
            $"is larger than the {logger.TotalSteps} steps given to '{logger.Name}' as totalSteps; raise totalSteps or renumber the steps");

    public void EndWithoutStep(TrackedLogger logger, IInvocationOperation call, LoggerCallKind kind, int? endedStep) =>
        Add(Descriptors.EndWithoutStep, call.Syntax, $"{kind} on '{logger.Name}'",
            endedStep is { } number
                ? (number > 0
                    ? $"ends step {number} a second time on some path; end each step once, after its Step call"
                    : "ends the last step a second time on some path; end each step once, after its Step call")
                : "is called with no step in progress on some path; call Step(...) first, and end each step once");

    public void ReportTo(System.Action<Diagnostic> report)
    {
        foreach (var pair in _diagnostics)
        {
            if (pair.Key.Id == Descriptors.OperationNotExceptionSafe.Id &&
                _diagnostics.ContainsKey((Descriptors.OperationNotCompleted.Id, pair.Key.Site)))
            {
                continue;
            }

            report(pair.Value);
        }
    }

    private void Add(DiagnosticDescriptor descriptor, SyntaxNode site, params object[] arguments)
    {
        var key = (descriptor.Id, site);
        if (!_diagnostics.ContainsKey(key))
        {
            _diagnostics.Add(key, Diagnostic.Create(descriptor, site.GetLocation(), arguments));
        }
    }

    /// <summary>How a step is named in messages: its number and, when constant, its name — <c>2 "Fetch from API"</c>.</summary>
    private static string StepLabel(IInvocationOperation step)
    {
        var number = StepLoggerApi.ConstantArgument(step, "number") is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : NumberText(step);
        return StepLoggerApi.ConstantArgument(step, "name") is string name ? $"{number} \"{name}\"" : number;
    }

    private static string NumberText(IInvocationOperation step)
    {
        foreach (var argument in step.Arguments)
        {
            if (argument.Parameter?.Name == "number")
            {
                return argument.Value.Syntax.ToString();
            }
        }

        return "?";
    }
}

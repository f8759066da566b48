using System.Collections.Generic;
using StepLog.Records;

namespace StepLog;

/// <summary>The outcomes of a <see cref="StepOutcomeWindow"/> at one moment.</summary>
public sealed class StepOutcomeSnapshot
{
    private readonly long[] _counts;

    internal StepOutcomeSnapshot(long[] counts, IReadOnlyList<KeyValuePair<string, long>> failingSteps, IReadOnlyList<StepRecord> latestErrors)
    {
        _counts = counts;
        FailingSteps = failingSteps;
        LatestErrors = latestErrors;
        foreach (var status in StepStatusFacts.All)
        {
            if (status.IsTerminal())
            {
                TerminalSteps += counts[(int)status];
            }
        }
    }

    /// <summary>How many terminal records (Success, Warning, Failed, Skipped) the window holds.</summary>
    public long TerminalSteps { get; }

    /// <summary>Failed / terminal; 0 when there is no terminal record.</summary>
    public double FailureRate => TerminalSteps == 0 ? 0 : (double)Count(StepStatus.Failed) / TerminalSteps;

    /// <summary>The steps with Failed records, most failures first, with their counts.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> FailingSteps { get; }

    /// <summary>The latest Error and Failed records, newest first.</summary>
    public IReadOnlyList<StepRecord> LatestErrors { get; }

    /// <summary>How many records of <paramref name="status"/> the window holds.</summary>
    /// <param name="status">The status.</param>
    public long Count(StepStatus status) => _counts[(int)status];
}

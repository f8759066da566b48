using System;
using System.Globalization;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// The record output: each outcome of a run that records (a store or an observer was set when it began) as a
/// <see cref="StepRecord"/>, through <see cref="RecordWriter"/>. A step's record names the operation it ran in (so
/// that it matches the run's id), an operation's names itself as its step, with number 0.
/// </summary>
internal static class RecordOutput
{
    public static void Write<TValues>(in RunState run, in RunOutcome outcome, in TValues values)
        where TValues : struct, IStepMetadata
    {
        var operation = run.Identity.Operation ?? run.Operation;
        var step = run.IsStep ? run.Step! : run.Operation;
        var number = run.IsStep ? run.Number : 0;
        if (outcome.Kind == StepEvent.StepRetry)
        {
            // A retry is recorded as an Error of the step that goes on: its attempt is in the text and the details.
            var withAttempt = new StepMetadataPair<StepMetadata<int>, TValues>(new StepMetadata<int>("attempt", outcome.Attempt), values);
            var text = "Retry " + outcome.Attempt.ToString(CultureInfo.InvariantCulture) + ": " + outcome.Message;
            RecordWriter.Keep(run.Identity, operation, step, number, run.Total, outcome.Status, outcome.Elapsed, text, withAttempt);
            return;
        }

        RecordWriter.Keep(run.Identity, operation, step, number, run.Total, outcome.Status, outcome.ShownElapsed, MessageOf(outcome), values);
    }

    // The record's text: the outcome's own, or a fixed one for an outcome that has none worth keeping.
    private static string? MessageOf(in RunOutcome outcome) =>
        outcome.IsCancellation ? RecordMessages.Cancelled
        : outcome.Kind == StepEvent.OperationIncomplete ? RecordMessages.Incomplete
        : outcome.Message;
}

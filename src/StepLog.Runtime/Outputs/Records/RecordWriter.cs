using System;
using System.Collections.Generic;
using System.Globalization;
using StepLog.Shared;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// Turns a step's or an operation's event into a <see cref="StepRecord"/> for <see cref="StepRecorder"/>. Called only
/// when the run records (a store or an observer was set when it started), so that nothing here costs anything
/// otherwise. Never throws: a metadata value whose text throws costs the record, not the user's code.
/// </summary>
internal static class RecordWriter
{
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>(0);

    public static void Write<TMetadata>(
        in RunIdentity run, string operation, string stepName, int number, int total, StepStatus status,
        double elapsed, string? message, in TMetadata metadata, string? parentOperationId = null, StepRunKind runKind = StepRunKind.Operation)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            var timestamp = DateTimeOffset.UtcNow;
            var record = new StepRecord(run.SubjectId, stepName, status)
            {
                Operation = operation,
                OperationId = run.Id.Text,
                ParentOperationId = parentOperationId,
                RunKind = runKind,
                StepNumber = number,
                TotalSteps = total,
                DurationMs = double.IsNaN(elapsed) ? null : Math.Round(elapsed, 1),
                ErrorMessage = message,
                Timestamp = timestamp,
                Sequence = StepRecorder.NextSequence(),
                Details = metadata.Count > 0 ? DetailsOf(metadata) : NoDetails,
            };

            StepRecorder.Record(record);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>The record of a run's end (see <see cref="IRunEnd"/>): a step's, or an operation's with its own name as its step.</summary>
    public static void End<TEnd, TValues>(in Run run, double elapsed, string? message, in TValues values)
        where TEnd : struct, IRunEnd
        where TValues : struct, IStepMetadata
    {
        var end = default(TEnd);
        Write(run.Identity, run.Identity.Operation ?? run.Operation, run.IsOperation ? run.Operation : run.Step!, run.Number, run.Total, end.Record,
            end.Timed ? elapsed : double.NaN, end.RecordMessage(message), values);
    }

    /// <summary>A retry's record: Error, with <c>Retry {attempt}: {message}</c> and the attempt in the details.</summary>
    public static void Retry<TMetadata>(in Run run, double elapsed, string message, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var withAttempt = new StepMetadataPair<StepMetadata<int>, TMetadata>(new StepMetadata<int>(LineFieldNames.Attempt, attempt), metadata);
        Write(run.Identity, run.Identity.Operation ?? run.Operation, run.Step!, run.Number, run.Total, StepStatus.Error,
            elapsed, "Retry " + attempt.ToString(CultureInfo.InvariantCulture) + ": " + message, withAttempt);
    }

    /// <summary>
    /// The line's metadata as stored, frozen as the store's intake would freeze it (so it is copied once, here); a
    /// repeated key keeps its last value, as on the line.
    /// </summary>
    private static FrozenDetails DetailsOf<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var details = new FrozenDetails.Builder(metadata.Count);
        for (var i = 0; i < metadata.Count; i++)
        {
            details.Add(metadata.GetKey(i), metadata.GetValue(i));
        }

        return details.Build();
    }
}

/// <summary>The fixed error messages of records whose event has no exception of its own.</summary>
internal static class RecordMessages
{
    /// <summary>A step or operation that was cancelled (an <see cref="OperationCanceledException"/>).</summary>
    public const string Cancelled = LineStatus.Cancelled;

    /// <summary>An operation that ended without completing.</summary>
    public const string Incomplete = LineStatus.Incomplete;
}

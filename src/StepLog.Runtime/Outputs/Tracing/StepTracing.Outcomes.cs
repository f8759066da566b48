using System;
using System.Diagnostics;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The outcomes a span is given before its last line (success, warning, retry, failure, skip, an operation that did not
/// complete, a batch interrupted). Three entry points, each one guarded call: a run's end (<see cref="End"/>), a
/// batch's (<see cref="EndBatch"/>) and a retry (<see cref="Retried"/>); the outcomes they choose from are not guarded
/// again. See StepTracing.cs for the span's life.
/// </summary>
internal static partial class StepTracing
{
    /// <summary>
    /// A run's end on its span (see <see cref="IRunEnd"/>): the outcome, the values and the duration (an operation's
    /// under <c>total_duration_ms</c>); <paramref name="number"/> is the last step an operation reached.
    /// </summary>
    public static void End<TEnd, TValues>(Activity activity, in Run run, int number, double elapsed, string? message, Exception? error, in TValues values)
        where TEnd : struct, IRunEnd
        where TValues : struct, IStepMetadata
    {
        try
        {
            var durationName = run.IsOperation ? SpanAttributes.TotalDuration : SpanAttributes.Duration;
            if (typeof(TEnd) == typeof(RunEnds.Succeeded))
            {
                Succeeded(activity, values, durationName, elapsed);
            }
            else if (typeof(TEnd) == typeof(RunEnds.Warned))
            {
                Warned(activity, message ?? string.Empty, values, elapsed);
            }
            else if (typeof(TEnd) == typeof(RunEnds.Skipped))
            {
                Skipped(activity, message ?? string.Empty, values);
            }
            else if (typeof(TEnd) == typeof(RunEnds.Incomplete))
            {
                Incomplete(activity, number, run.Total, elapsed);
            }
            else
            {
                Failed(activity, error, message ?? EntryWriter.MessageOf(error), values, durationName, elapsed);
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>
    /// A batch's end on its span, by its status word: a success with the counts, an interruption (an error;
    /// <paramref name="description"/> says how far it got), or a failure with what it threw.
    /// </summary>
    public static void EndBatch<TCounts>(Activity activity, string status, in TCounts counts, string? description, Exception? failure, double milliseconds)
        where TCounts : struct, IStepMetadata
    {
        try
        {
            switch (status)
            {
                case LineStatus.Success:
                    Succeeded(activity, counts, SpanAttributes.TotalDuration, milliseconds);
                    break;
                case LineStatus.Interrupted:
                    Interrupted(activity, counts, description ?? LineStatus.Interrupted, milliseconds);
                    break;
                default:
                    Failed(activity, failure, EntryWriter.MessageOf(failure), counts, SpanAttributes.TotalDuration, milliseconds);
                    break;
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>A recoverable error: the span goes on, with a <c>steplog.retry</c> event that names the attempt and the error.</summary>
    public static void Retried(Activity? activity, Exception? error, int attempt)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        try
        {
            var tags = new ActivityTagsCollection
            {
                [SpanAttributes.Prefix + LineFieldNames.Attempt] = attempt,
                ["exception.type"] = error?.GetType().FullName,
                ["exception.message"] = SpanAttributes.Text(EntryWriter.MessageOf(error)),
            };
            activity.AddEvent(new ActivityEvent(SpanAttributes.Prefix + LineStatus.Retry, default, tags));
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    // Success: the result's values, steplog.status=success and the duration the line reports; status stays Unset.
    private static void Succeeded<TMetadata>(Activity activity, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, LineStatus.Success, durationName, milliseconds);
        }
    }

    // Completed with a warning: like success (status stays Unset), with steplog.status=warning and the message.
    private static void Warned<TMetadata>(Activity activity, string message, in TMetadata metadata, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, LineStatus.Warning, SpanAttributes.Duration, milliseconds);
            activity.SetTag(SpanAttributes.Prefix + LineStatus.Warning, SpanAttributes.Text(message));
        }
    }

    // Failure or cancellation (see the remarks of StepTracing); the message is the error's as the caller read it once
    // (EntryWriter.MessageOf), for the line, the record and the span.
    private static void Failed<TMetadata>(Activity activity, Exception? error, string message, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        var cancelled = error is OperationCanceledException;
        activity.SetStatus(ActivityStatusCode.Error, SpanAttributes.Text(message));
        if (!activity.IsAllDataRequested)
        {
            return;
        }

        SpanAttributes.Add(activity, metadata);
        Outcome(activity, cancelled ? LineStatus.Cancelled : LineStatus.Failed, durationName, milliseconds);
        activity.SetTag(SpanAttributes.ErrorType, error?.GetType().FullName ?? "_OTHER");
        if (!cancelled && error is not null)
        {
            activity.AddEvent(ExceptionEvent(error, message));
        }
    }

    private static void Skipped<TMetadata>(Activity activity, string reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            activity.SetTag(SpanAttributes.Status, LineStatus.Skipped);
            activity.SetTag(SpanAttributes.Reason, SpanAttributes.Text(reason));
        }
    }

    // An operation ended without completing: an error, since nobody said it succeeded.
    private static void Incomplete(Activity activity, int lastStep, int totalSteps, double milliseconds)
    {
        var step = totalSteps > 0 ? $"{lastStep}/{totalSteps}" : lastStep.ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity.SetStatus(ActivityStatusCode.Error, "incomplete: ended without Complete after step " + step);
        if (activity.IsAllDataRequested)
        {
            Outcome(activity, LineStatus.Incomplete, SpanAttributes.TotalDuration, milliseconds);
            activity.SetTag(SpanAttributes.LastStep, lastStep);
            activity.SetTag(SpanAttributes.ErrorType, LineStatus.Incomplete);
        }
    }

    // A batch stopped before all its items ran (a signal, its timeout, its caller): an error; the description says how far it got.
    private static void Interrupted<TMetadata>(Activity activity, in TMetadata metadata, string description, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        activity.SetStatus(ActivityStatusCode.Error, description);
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, LineStatus.Interrupted, SpanAttributes.TotalDuration, milliseconds);
            activity.SetTag(SpanAttributes.ErrorType, LineStatus.Interrupted);
        }
    }

    private static void Outcome(Activity activity, string status, string durationName, double milliseconds)
    {
        activity.SetTag(SpanAttributes.Status, status);
        if (!double.IsNaN(milliseconds))
        {
            activity.SetTag(durationName, Math.Round(milliseconds, 1));
        }
    }

    /// <summary>
    /// OpenTelemetry's exception event, built here rather than by <c>Activity.AddException</c>: that one records the raw
    /// <see cref="Exception.Message"/> (the event should carry the escaped message the line shows) and reads
    /// <see cref="Exception.ToString"/> unguarded, so a user's exception type whose ToString throws would cost the event.
    /// </summary>
    private static ActivityEvent ExceptionEvent(Exception error, string message)
    {
        string stackTrace;
        try
        {
            stackTrace = error.ToString();
        }
        catch (Exception fault)
        {
            stackTrace = "<error: " + fault.GetType().Name + ">";
        }

        var tags = new ActivityTagsCollection
        {
            { "exception.type", error.GetType().FullName },
            { "exception.message", message },
            { "exception.stacktrace", stackTrace },
        };
        return new ActivityEvent("exception", tags: tags);
    }
}

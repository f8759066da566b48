using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The outcomes a span is given before its last line (success, warning, retry, failure, skip, an operation that did not
/// complete, a batch interrupted): each guarded, each a no-op without a span. See StepTracing.cs for the span's life.
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
        var durationName = run.IsOperation ? SpanAttributes.TotalDuration : SpanAttributes.Duration;
        if (typeof(TEnd) == typeof(RunEnds.Succeeded))
        {
            SucceededCore(activity, values, durationName, elapsed);
        }
        else if (typeof(TEnd) == typeof(RunEnds.Warned))
        {
            WarnedCore(activity, message ?? string.Empty, values, elapsed);
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
            FailedCore(activity, error, message ?? EntryWriter.MessageOf(error), values, durationName, elapsed);
        }
    }

    /// <summary>Success: the result's values, <c>steplog.status=success</c> and the duration the line reports; status stays Unset.</summary>
    // This and the other outcomes are inlined as their null check: an untraced line (the usual one) makes no call for its span.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Succeeded<TMetadata>(Activity? activity, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity is not null)
        {
            SucceededCore(activity, metadata, durationName, milliseconds);
        }
    }

    private static void SucceededCore<TMetadata>(Activity activity, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (!activity.IsAllDataRequested)
        {
            return;
        }

        try
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, LineStatus.Success, durationName, milliseconds);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>Completed with a warning: like success (status stays Unset), with <c>steplog.status=warning</c> and the message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Warned<TMetadata>(Activity? activity, string message, in TMetadata metadata, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity is not null)
        {
            WarnedCore(activity, message, metadata, milliseconds);
        }
    }

    private static void WarnedCore<TMetadata>(Activity activity, string message, in TMetadata metadata, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (!activity.IsAllDataRequested)
        {
            return;
        }

        try
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, LineStatus.Warning, SpanAttributes.Duration, milliseconds);
            activity.SetTag(SpanAttributes.Prefix + LineStatus.Warning, SpanAttributes.Text(message));
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
                [SpanAttributes.Prefix + "attempt"] = attempt,
                ["exception.type"] = error?.GetType().FullName,
                ["exception.message"] = SpanAttributes.Text(EntryWriter.MessageOf(error)),
            };
            activity.AddEvent(new ActivityEvent(SpanAttributes.Prefix + "retry", default, tags));
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>
    /// Failure or cancellation (see the remarks of <see cref="StepTracing"/>). <paramref name="message"/> is the error's
    /// message as the caller read it once (<see cref="EntryWriter.MessageOf"/>), for the line, the record and the span.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Failed<TMetadata>(Activity? activity, Exception? error, string message, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity is not null)
        {
            FailedCore(activity, error, message, metadata, durationName, milliseconds);
        }
    }

    private static void FailedCore<TMetadata>(Activity activity, Exception? error, string message, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        try
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
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    public static void Skipped<TMetadata>(Activity? activity, string reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        try
        {
            SpanAttributes.Add(activity, metadata);
            activity.SetTag(SpanAttributes.Status, LineStatus.Skipped);
            activity.SetTag(SpanAttributes.Reason, SpanAttributes.Text(reason));
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>An operation ended without completing: an error, since nobody said it succeeded.</summary>
    public static void Incomplete(Activity? activity, int lastStep, int totalSteps, double milliseconds)
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            var step = totalSteps > 0 ? $"{lastStep}/{totalSteps}" : lastStep.ToString(System.Globalization.CultureInfo.InvariantCulture);
            activity.SetStatus(ActivityStatusCode.Error, "incomplete: ended without Complete after step " + step);
            if (activity.IsAllDataRequested)
            {
                Outcome(activity, LineStatus.Incomplete, SpanAttributes.TotalDuration, milliseconds);
                activity.SetTag(SpanAttributes.LastStep, lastStep);
                activity.SetTag(SpanAttributes.ErrorType, "incomplete");
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>A batch stopped before all its items ran (a signal, its timeout, its caller): an error; <paramref name="description"/> says how far it got.</summary>
    public static void Interrupted<TMetadata>(Activity activity, in TMetadata metadata, string description, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            activity.SetStatus(ActivityStatusCode.Error, description);
            if (activity.IsAllDataRequested)
            {
                SpanAttributes.Add(activity, metadata);
                Outcome(activity, LineStatus.Interrupted, SpanAttributes.TotalDuration, milliseconds);
                activity.SetTag(SpanAttributes.ErrorType, "interrupted");
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
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

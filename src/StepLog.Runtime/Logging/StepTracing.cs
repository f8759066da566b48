using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace StepLog;

/// <summary>
/// Activities for operations and steps, so that traces carry them as spans and log lines carry trace and span ids.
/// Nothing is created unless something listens to the <c>StepLog</c> source. A span ends in two moves around its last
/// line: its outcome is set first (<see cref="Succeeded{TMetadata}"/>, <see cref="Failed"/>, …), the line is written
/// while the span is current, and <see cref="Stop"/> ends it; so every line of a span is inside it.
/// </summary>
/// <remarks>
/// The outcome follows OpenTelemetry's trace semantic conventions ("Recording errors"): a span that ends with an
/// exception has status Error with the exception's message (escaped as on the line) as description and <c>error.type</c> set to its type, and
/// a failure adds an <c>exception</c> event (<c>exception.type</c>, <c>exception.message</c>, <c>exception.stacktrace</c>).
/// A cancellation is an error as well, as in .NET's HttpClient instrumentation, but without the exception event: it is
/// an outcome the caller asked for, not a fault to debug. A successful span keeps status Unset, as instrumentation
/// libraries must. Every call is guarded: a listener that throws costs the span's detail, never the user's code.
/// </remarks>
internal static class StepTracing
{
    public static readonly ActivitySource Source = new(StepLogging.ActivitySourceName, typeof(StepTracing).Assembly.GetName().Version?.ToString());

    public static bool HasListeners => Source.HasListeners();

    public static Activity? StartOperation<TMetadata>(string operation, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            var activity = Source.StartActivity(operation, ActivityKind.Internal);
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(SpanAttributes.Operation, operation);
                activity.SetTag(SpanAttributes.TotalSteps, totalSteps);
                SpanAttributes.Add(activity, metadata);
            }

            return activity;
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
            return null;
        }
    }

    public static Activity? StartStep<TMetadata>(string operation, int number, string step, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            var activity = Source.StartActivity(step, ActivityKind.Internal);
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(SpanAttributes.Operation, operation);
                activity.SetTag(SpanAttributes.StepNumber, number);
                activity.SetTag(SpanAttributes.TotalSteps, totalSteps);
                SpanAttributes.Add(activity, metadata);
            }

            return activity;
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
            return null;
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
            Outcome(activity, "success", durationName, milliseconds);
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
            Outcome(activity, "warning", SpanAttributes.Duration, milliseconds);
            activity.SetTag(SpanAttributes.Prefix + "warning", SpanAttributes.Text(message));
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
            Outcome(activity, cancelled ? "cancelled" : "failed", durationName, milliseconds);
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
            activity.SetTag(SpanAttributes.Status, "skipped");
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
                Outcome(activity, "incomplete", SpanAttributes.TotalDuration, milliseconds);
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
                Outcome(activity, "interrupted", SpanAttributes.TotalDuration, milliseconds);
                activity.SetTag(SpanAttributes.ErrorType, "interrupted");
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>
    /// Makes <paramref name="activity"/> current for the span's last line if it is not (an operation completed from
    /// another flow); returns what to give back to <see cref="Stop"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Activity? Enter(Activity? activity) => activity is null ? null : EnterCore(activity);

    // Activity.Current is an AsyncLocal read: an untraced line does not pay it.
    private static Activity? EnterCore(Activity activity)
    {
        var current = Activity.Current;
        if (current == activity)
        {
            return activity;
        }

        Activity.Current = activity;
        return current;
    }

    /// <summary>Ends the span and leaves <see cref="Activity.Current"/> as it was before <see cref="Enter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Stop(Activity? activity, Activity? entered)
    {
        if (activity is not null)
        {
            StopCore(activity, entered);
        }
    }

    private static void StopCore(Activity activity, Activity? entered)
    {
        try
        {
            activity.Stop();
            if (entered != activity)
            {
                Activity.Current = entered;
            }

            // A span ended out of order may have left a stopped one current: the innermost live one takes its place.
            var current = Activity.Current;
            while (current is { IsStopped: true })
            {
                current = current.Parent;
                Activity.Current = current;
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>
    /// Gives the caller back its ambient activity while a step or operation goes on asynchronously: a wrapper that
    /// returns a pending task calls this before it returns, so that the span does not leak into its caller.
    /// </summary>
    public static void ExitContext(Activity? activity)
    {
        if (activity is not null && Activity.Current == activity)
        {
            Activity.Current = activity.Parent;
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

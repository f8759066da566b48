using System;
using System.Diagnostics;

namespace StepLog;

/// <summary>
/// The span output: a run's span on the <c>StepLog</c> activity source, started before its first line and given its
/// outcome before its last, so that every line carries its trace and span ids. Called by <see cref="RunLifecycle"/>
/// only when the run has a span, inside its guard: nothing here catches.
/// </summary>
/// <remarks>
/// The outcome follows OpenTelemetry's trace semantic conventions ("Recording errors"): a span that ends with an
/// exception has status Error with the exception's message (escaped as on the line) as description and <c>error.type</c>
/// set to its type, and a failure adds an <c>exception</c> event (<c>exception.type</c>, <c>exception.message</c>,
/// <c>exception.stacktrace</c>). A cancellation is an error as well, as in .NET's HttpClient instrumentation, but
/// without the exception event: it is an outcome the caller asked for, not a fault to debug. A successful span keeps
/// status Unset, as instrumentation libraries must.
/// </remarks>
internal static class SpanOutput
{
    /// <summary>Starts an operation's span (<paramref name="step"/> null) or a step's, with the run's values when they are wanted.</summary>
    public static Activity? Start<TMetadata>(string operation, string? step, int number, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var activity = StepTracing.Source.StartActivity(step ?? operation, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.Operation, operation);
            if (step is not null)
            {
                activity.SetTag(SpanAttributes.StepNumber, number);
            }

            activity.SetTag(SpanAttributes.TotalSteps, totalSteps);
            SpanAttributes.Add(activity, metadata);
        }

        return activity;
    }

    /// <summary>Gives <paramref name="run"/>'s span the outcome; <paramref name="values"/> become its attributes.</summary>
    public static void Write<TValues>(in RunState run, in RunOutcome outcome, in TValues values)
        where TValues : struct, IStepMetadata
    {
        var activity = run.Activity!;
        var duration = run.IsStep ? SpanAttributes.Duration : SpanAttributes.TotalDuration;
        switch (outcome.Kind)
        {
            case StepEvent.StepSuccess:
            case StepEvent.OperationComplete when outcome.Status == Records.StepStatus.Success:
                Succeeded(activity, values, duration, outcome.Elapsed);
                break;
            case StepEvent.StepFailure:
            case StepEvent.StepCancelled:
            case StepEvent.OperationComplete:
                Failed(activity, outcome.Error, outcome.Message!, values, duration, outcome.Elapsed);
                break;
            case StepEvent.StepSkipped:
                Skipped(activity, outcome.Message!, values);
                break;
            case StepEvent.StepWarning:
                Warned(activity, outcome.Message!, values, outcome.Elapsed);
                break;
            case StepEvent.StepRetry:
                Retried(activity, outcome.Error, outcome.Message!, outcome.Attempt);
                break;
            case StepEvent.OperationIncomplete:
                Incomplete(activity, outcome.LastStep, run.Total, outcome.Elapsed);
                break;
        }
    }

    /// <summary>Ends the span and leaves <see cref="Activity.Current"/> as it was before <see cref="StepTracing.Enter"/>.</summary>
    public static void Stop(Activity activity, Activity? entered)
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

    /// <summary>Success: the result's values, <c>steplog.status=success</c> and the duration the line reports; status stays Unset.</summary>
    public static void Succeeded<TMetadata>(Activity activity, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, "success", durationName, milliseconds);
        }
    }

    /// <summary>
    /// Failure or cancellation (see the remarks). <paramref name="message"/> is the error's message as the caller read it
    /// once (<see cref="EntryWriter.MessageOf"/>), for the line, the record and the span.
    /// </summary>
    public static void Failed<TMetadata>(Activity activity, Exception? error, string message, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
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

    /// <summary>The outcome's status and, when the line shows one, its duration.</summary>
    public static void Outcome(Activity activity, string status, string durationName, double milliseconds)
    {
        activity.SetTag(SpanAttributes.Status, status);
        if (!double.IsNaN(milliseconds))
        {
            activity.SetTag(durationName, Math.Round(milliseconds, 1));
        }
    }

    /// <summary>Completed with a warning: like success (status stays Unset), with <c>steplog.status=warning</c> and the message.</summary>
    private static void Warned<TMetadata>(Activity activity, string message, in TMetadata metadata, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            Outcome(activity, "warning", SpanAttributes.Duration, milliseconds);
            activity.SetTag(SpanAttributes.Prefix + "warning", SpanAttributes.Text(message));
        }
    }

    /// <summary>A recoverable error: the span goes on, with a <c>steplog.retry</c> event that names the attempt and the error.</summary>
    private static void Retried(Activity activity, Exception? error, string message, int attempt)
    {
        if (activity.IsAllDataRequested)
        {
            var tags = new ActivityTagsCollection
            {
                [SpanAttributes.Prefix + "attempt"] = attempt,
                ["exception.type"] = error?.GetType().FullName,
                ["exception.message"] = SpanAttributes.Text(message),
            };
            activity.AddEvent(new ActivityEvent(SpanAttributes.Prefix + "retry", default, tags));
        }
    }

    private static void Skipped<TMetadata>(Activity activity, string reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (activity.IsAllDataRequested)
        {
            SpanAttributes.Add(activity, metadata);
            activity.SetTag(SpanAttributes.Status, "skipped");
            activity.SetTag(SpanAttributes.Reason, SpanAttributes.Text(reason));
        }
    }

    /// <summary>An operation ended without completing: an error, since nobody said it succeeded.</summary>
    private static void Incomplete(Activity activity, int lastStep, int totalSteps, double milliseconds)
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

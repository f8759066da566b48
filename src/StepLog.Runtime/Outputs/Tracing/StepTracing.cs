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
internal static partial class StepTracing
{
    public static readonly ActivitySource Source = new(StepLogging.ActivitySourceName, typeof(StepTracing).Assembly.GetName().Version?.ToString());

    public static bool HasListeners => Source.HasListeners();

    public static Activity? StartOperation<TMetadata>(string operation, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        Start(operation, operation, stepNumber: null, totalSteps, metadata);

    public static Activity? StartStep<TMetadata>(string operation, int number, string step, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        Start(step, operation, number, totalSteps, metadata);

    // An operation's span and a step's differ only in their name and the step's number (none for the operation).
    private static Activity? Start<TMetadata>(string name, string operation, int? stepNumber, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            var activity = Source.StartActivity(name, ActivityKind.Internal);
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(SpanAttributes.Operation, operation);
                if (stepNumber is { } number)
                {
                    activity.SetTag(SpanAttributes.StepNumber, number);
                }

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
}

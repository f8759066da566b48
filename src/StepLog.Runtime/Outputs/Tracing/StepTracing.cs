using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace StepLog;

/// <summary>
/// The <c>StepLog</c> activity source and what a span's owner does with the ambient activity: make the span current
/// for its last line (<see cref="Enter"/>), end it (<see cref="Stop"/>), give the caller back its context
/// (<see cref="ExitContext"/>). Nothing is created unless something listens to the source. Operations and steps set
/// their spans' outcomes through <see cref="SpanOutput"/>, guarded by <see cref="RunLifecycle"/>; the guarded outcomes
/// here are a batch's, until batches go through the lifecycle too.
/// </summary>
internal static class StepTracing
{
    public static readonly ActivitySource Source = new(StepLogging.ActivitySourceName, typeof(StepTracing).Assembly.GetName().Version?.ToString());

    public static bool HasListeners => Source.HasListeners();

    /// <summary>A batch's span, guarded: see <see cref="SpanOutput.Start"/>.</summary>
    public static Activity? StartOperation<TMetadata>(string operation, int totalSteps, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            return SpanOutput.Start(operation, null, 0, totalSteps, metadata);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
            return null;
        }
    }

    /// <summary>A batch's success, guarded: see <see cref="SpanOutput.Succeeded"/>.</summary>
    public static void Succeeded<TMetadata>(Activity? activity, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            SpanOutput.Succeeded(activity, metadata, durationName, milliseconds);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
        }
    }

    /// <summary>A batch's failure, guarded: see <see cref="SpanOutput.Failed"/>.</summary>
    public static void Failed<TMetadata>(Activity? activity, Exception? error, string message, in TMetadata metadata, string durationName, double milliseconds)
        where TMetadata : struct, IStepMetadata
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            SpanOutput.Failed(activity, error, message, metadata, durationName, milliseconds);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
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
                SpanOutput.Outcome(activity, "interrupted", SpanAttributes.TotalDuration, milliseconds);
                activity.SetTag(SpanAttributes.ErrorType, "interrupted");
            }
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
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

    /// <summary>A batch's span ends, guarded: see <see cref="SpanOutput.Stop"/>.</summary>
    public static void Stop(Activity? activity, Activity? entered)
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            SpanOutput.Stop(activity, entered);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
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

using System;
using System.Diagnostics;

namespace StepLog;

/// <summary>
/// Activities for operations and steps, so that traces carry them as spans and log lines carry trace and span ids.
/// Nothing is created unless something listens to the <c>StepLog</c> source.
/// </summary>
internal static class StepTracing
{
    public static readonly ActivitySource Source = new(StepLogging.ActivitySourceName, typeof(StepTracing).Assembly.GetName().Version?.ToString());

    public static bool HasListeners => Source.HasListeners();

    public static Activity? StartOperation(string operation) =>
        Source.HasListeners() ? Source.StartActivity(operation, ActivityKind.Internal) : null;

    public static Activity? StartStep(string operation, int number, string step)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(step, ActivityKind.Internal);
        activity?.SetTag("steplog.operation", operation);
        activity?.SetTag("steplog.step_number", number);
        return activity;
    }

    public static void Stop(Activity? activity, string status, Exception? error = null)
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            activity.SetTag("steplog.status", status);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, EntryWriter.MessageOf(error));
            }

            activity.Stop();
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

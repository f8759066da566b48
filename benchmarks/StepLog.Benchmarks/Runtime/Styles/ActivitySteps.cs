using System.Diagnostics;

namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>
/// OpenTelemetry-style instrumentation: an Activity (span) per step with its values as tags, no log line. "Disabled"
/// is a source nobody listens to (StartActivity returns null); "enabled" a listener that samples everything.
/// </summary>
public sealed class ActivitySteps
{
    public const string SourceName = "StepLog.Benchmarks.Spans";

    private static readonly ActivitySource Source = new(SourceName);

    public int Fetch(string provider)
    {
        using var activity = Source.StartActivity(StepNames.Fetch);
        activity?.SetTag("provider", provider);
        try
        {
            var models = StepWork.Fetch(provider);
            activity?.SetTag("raw_models", models);
            return models;
        }
        catch (Exception error)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }

    public async Task<int> FetchCompletedTaskAsync(string provider)
    {
        using var activity = Source.StartActivity(StepNames.Fetch);
        activity?.SetTag("provider", provider);
        try
        {
            var models = await StepWork.FetchCompletedTask(provider);
            activity?.SetTag("raw_models", models);
            return models;
        }
        catch (Exception error)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }

    public async Task<int> FetchYieldingTaskAsync(string provider)
    {
        using var activity = Source.StartActivity(StepNames.Fetch);
        activity?.SetTag("provider", provider);
        try
        {
            var models = await StepWork.FetchYieldingTask(provider);
            activity?.SetTag("raw_models", models);
            return models;
        }
        catch (Exception error)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }

    public async ValueTask<int> FetchCompletedValueTaskAsync(string provider)
    {
        using var activity = Source.StartActivity(StepNames.Fetch);
        activity?.SetTag("provider", provider);
        try
        {
            var models = await StepWork.FetchCompletedValueTask(provider);
            activity?.SetTag("raw_models", models);
            return models;
        }
        catch (Exception error)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }

    public async ValueTask<int> FetchYieldingValueTaskAsync(string provider)
    {
        using var activity = Source.StartActivity(StepNames.Fetch);
        activity?.SetTag("provider", provider);
        try
        {
            var models = await StepWork.FetchYieldingValueTask(provider);
            activity?.SetTag("raw_models", models);
            return models;
        }
        catch (Exception error)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }

    public int SyncModels(string provider)
    {
        using var operation = Source.StartActivity(StepNames.Operation);
        operation?.SetTag("provider", provider);
        try
        {
            var sum = 0;
            var steps = StepNames.OperationSteps;
            for (var i = 0; i < steps.Length; i++)
            {
                using var activity = Source.StartActivity(steps[i]);
                activity?.SetTag("provider", provider);
                try
                {
                    var result = StepWork.Fetch(provider);
                    activity?.SetTag("raw_models", result);
                    sum += result;
                }
                catch (Exception error)
                {
                    activity?.SetStatus(ActivityStatusCode.Error, error.Message);
                    throw;
                }
            }

            operation?.SetTag("total", sum);
            return sum;
        }
        catch (Exception error)
        {
            operation?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }

    /// <summary>Samples every activity of <see cref="SourceName"/> (and of no other source, StepLog's included).</summary>
    public static ActivityListener ListenToAll()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>
/// Today's hand-written best practice: [LoggerMessage] source-generated methods for the start, success and failure
/// lines (StepLog's own line format and fields), and Stopwatch.GetTimestamp for the duration. The timestamp is taken
/// whether or not the level is enabled, as such code is usually written.
/// </summary>
// CA1873 asks to guard the duration argument with IsEnabled; the style is measured as it is usually written.
#pragma warning disable CA1873
public sealed partial class LoggerMessageSteps(ILogger logger)
{
    public int Fetch(string provider)
    {
        StepStarted(logger, 1, StepNames.TotalSteps, StepNames.Fetch, provider);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var models = StepWork.Fetch(provider);
            StepSucceeded(logger, 1, StepNames.TotalSteps, StepNames.Fetch, models, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return models;
        }
        catch (Exception error)
        {
            StepFailed(logger, error, 1, StepNames.TotalSteps, StepNames.Fetch, error.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            throw;
        }
    }

    /// <summary>The floor of a disabled step: the same pair behind a hand-written level check.</summary>
    public int FetchGuarded(string provider)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return StepWork.Fetch(provider);
        }

        return Fetch(provider);
    }

    public async Task<int> FetchCompletedTaskAsync(string provider)
    {
        StepStarted(logger, 1, StepNames.TotalSteps, StepNames.Fetch, provider);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var models = await StepWork.FetchCompletedTask(provider);
            StepSucceeded(logger, 1, StepNames.TotalSteps, StepNames.Fetch, models, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return models;
        }
        catch (Exception error)
        {
            StepFailed(logger, error, 1, StepNames.TotalSteps, StepNames.Fetch, error.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            throw;
        }
    }

    public async Task<int> FetchYieldingTaskAsync(string provider)
    {
        StepStarted(logger, 1, StepNames.TotalSteps, StepNames.Fetch, provider);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var models = await StepWork.FetchYieldingTask(provider);
            StepSucceeded(logger, 1, StepNames.TotalSteps, StepNames.Fetch, models, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return models;
        }
        catch (Exception error)
        {
            StepFailed(logger, error, 1, StepNames.TotalSteps, StepNames.Fetch, error.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            throw;
        }
    }

    public async ValueTask<int> FetchCompletedValueTaskAsync(string provider)
    {
        StepStarted(logger, 1, StepNames.TotalSteps, StepNames.Fetch, provider);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var models = await StepWork.FetchCompletedValueTask(provider);
            StepSucceeded(logger, 1, StepNames.TotalSteps, StepNames.Fetch, models, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return models;
        }
        catch (Exception error)
        {
            StepFailed(logger, error, 1, StepNames.TotalSteps, StepNames.Fetch, error.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            throw;
        }
    }

    public async ValueTask<int> FetchYieldingValueTaskAsync(string provider)
    {
        StepStarted(logger, 1, StepNames.TotalSteps, StepNames.Fetch, provider);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var models = await StepWork.FetchYieldingValueTask(provider);
            StepSucceeded(logger, 1, StepNames.TotalSteps, StepNames.Fetch, models, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return models;
        }
        catch (Exception error)
        {
            StepFailed(logger, error, 1, StepNames.TotalSteps, StepNames.Fetch, error.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            throw;
        }
    }

    public int SyncModels(string provider)
    {
        OperationStarted(logger, StepNames.Operation, provider);
        var operationStart = Stopwatch.GetTimestamp();
        try
        {
            var sum = 0;
            var steps = StepNames.OperationSteps;
            for (var i = 0; i < steps.Length; i++)
            {
                var number = i + 1;
                StepStarted(logger, number, steps.Length, steps[i], provider);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    var result = StepWork.Fetch(provider);
                    StepSucceeded(logger, number, steps.Length, steps[i], result, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    sum += result;
                }
                catch (Exception error)
                {
                    StepFailed(logger, error, number, steps.Length, steps[i], error.Message, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    throw;
                }
            }

            OperationCompleted(logger, StepNames.Operation, sum, Stopwatch.GetElapsedTime(operationStart).TotalMilliseconds);
            return sum;
        }
        catch (Exception error)
        {
            OperationFailed(logger, error, StepNames.Operation, error.Message, Stopwatch.GetElapsedTime(operationStart).TotalMilliseconds);
            throw;
        }
    }

    /// <summary>The operation behind a Task, completed synchronously, as an async operation whose steps did not wait.</summary>
    public Task<int> SyncModelsAsync(string provider) => Task.FromResult(SyncModels(provider));

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "🚀 START: {OperationName} (provider={Provider})")]
    private static partial void OperationStarted(ILogger logger, string operationName, string provider);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "▶️  [{StepNumber}/{TotalSteps}] {StepName} (provider={Provider})")]
    private static partial void StepStarted(ILogger logger, int stepNumber, int totalSteps, string stepName, string provider);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "✅ [{StepNumber}/{TotalSteps}] {StepName} - SUCCESS (raw_models={RawModels}, duration_ms={DurationMs})")]
    private static partial void StepSucceeded(ILogger logger, int stepNumber, int totalSteps, string stepName, int rawModels, double durationMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "❌ [{StepNumber}/{TotalSteps}] {StepName} - FAILED: {Error} (duration_ms={DurationMs})")]
    private static partial void StepFailed(ILogger logger, Exception exception, int stepNumber, int totalSteps, string stepName, string error, double durationMs);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "🏁 COMPLETE: {OperationName} (status=success, total={Total}, total_duration_ms={TotalDurationMs})")]
    private static partial void OperationCompleted(ILogger logger, string operationName, int total, double totalDurationMs);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "🏁 COMPLETE: {OperationName} (status=failed, error={Error}, total_duration_ms={TotalDurationMs})")]
    private static partial void OperationFailed(ILogger logger, Exception exception, string operationName, string error, double totalDurationMs);
}
#pragma warning restore CA1873

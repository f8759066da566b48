using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>
/// The logging StepLog replaces (seed 001, "Before"): interpolated messages around the call and a Stopwatch. The
/// messages are built even when the level is disabled; that is the style's cost, measured as written.
/// </summary>
#pragma warning disable CA1848, CA1873, CA2254 // Exactly the pattern those rules flag.
public sealed class OldStyleSteps(ILogger logger)
{
    public int Fetch(string provider)
    {
        logger.LogInformation($"Fetching models from {provider}");
        var stopwatch = Stopwatch.StartNew();
        var models = StepWork.Fetch(provider);
        logger.LogInformation($"Fetched {models} models in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        return models;
    }

    public async Task<int> FetchCompletedTaskAsync(string provider)
    {
        logger.LogInformation($"Fetching models from {provider}");
        var stopwatch = Stopwatch.StartNew();
        var models = await StepWork.FetchCompletedTask(provider);
        logger.LogInformation($"Fetched {models} models in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        return models;
    }

    public async Task<int> FetchYieldingTaskAsync(string provider)
    {
        logger.LogInformation($"Fetching models from {provider}");
        var stopwatch = Stopwatch.StartNew();
        var models = await StepWork.FetchYieldingTask(provider);
        logger.LogInformation($"Fetched {models} models in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        return models;
    }

    public async ValueTask<int> FetchCompletedValueTaskAsync(string provider)
    {
        logger.LogInformation($"Fetching models from {provider}");
        var stopwatch = Stopwatch.StartNew();
        var models = await StepWork.FetchCompletedValueTask(provider);
        logger.LogInformation($"Fetched {models} models in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        return models;
    }

    public async ValueTask<int> FetchYieldingValueTaskAsync(string provider)
    {
        logger.LogInformation($"Fetching models from {provider}");
        var stopwatch = Stopwatch.StartNew();
        var models = await StepWork.FetchYieldingValueTask(provider);
        logger.LogInformation($"Fetched {models} models in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        return models;
    }

    public int SyncModels(string provider)
    {
        logger.LogInformation($"Starting {StepNames.Operation} for {provider}");
        var total = Stopwatch.StartNew();
        var sum = 0;
        var steps = StepNames.OperationSteps;
        for (var i = 0; i < steps.Length; i++)
        {
            logger.LogInformation($"{steps[i]} ({provider})");
            var stopwatch = Stopwatch.StartNew();
            var result = StepWork.Fetch(provider);
            logger.LogInformation($"{steps[i]} done: {result} in {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
            sum += result;
        }

        logger.LogInformation($"Done {StepNames.Operation} in {total.Elapsed.TotalMilliseconds:F1} ms");
        return sum;
    }
}
#pragma warning restore CA1848, CA1873, CA2254

using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>
/// StepLog's imperative API as a careful user writes it: Step, the call, Success, and Failure on an exception.
/// The single-step cases run inside one operation started once (<see cref="Begin"/>), so that they measure a step,
/// not an operation; <see cref="SyncModels"/> measures a whole operation.
/// </summary>
public sealed class StepLoggerSteps(ILogger logger) : IDisposable
{
    private StepLogger? _operation;

    private StepLogger Operation => _operation ?? throw new InvalidOperationException("Call Begin first.");

    /// <summary>Starts the operation that the single-step cases log their steps in.</summary>
    public void Begin()
    {
        _operation = new StepLogger(logger, StepNames.Operation, StepNames.TotalSteps);
        _operation.Start(("provider", StepWork.Provider));
    }

    public int Fetch(string provider)
    {
        var operation = Operation;
        operation.Step(1, StepNames.Fetch, ("provider", provider));
        try
        {
            var models = StepWork.Fetch(provider);
            operation.Success(("raw_models", models));
            return models;
        }
        catch (Exception error)
        {
            operation.Failure(error);
            throw;
        }
    }

    public async Task<int> FetchCompletedTaskAsync(string provider)
    {
        var operation = Operation;
        operation.Step(1, StepNames.Fetch, ("provider", provider));
        try
        {
            var models = await StepWork.FetchCompletedTask(provider);
            operation.Success(("raw_models", models));
            return models;
        }
        catch (Exception error)
        {
            operation.Failure(error);
            throw;
        }
    }

    public async Task<int> FetchYieldingTaskAsync(string provider)
    {
        var operation = Operation;
        operation.Step(1, StepNames.Fetch, ("provider", provider));
        try
        {
            var models = await StepWork.FetchYieldingTask(provider);
            operation.Success(("raw_models", models));
            return models;
        }
        catch (Exception error)
        {
            operation.Failure(error);
            throw;
        }
    }

    public async ValueTask<int> FetchCompletedValueTaskAsync(string provider)
    {
        var operation = Operation;
        operation.Step(1, StepNames.Fetch, ("provider", provider));
        try
        {
            var models = await StepWork.FetchCompletedValueTask(provider);
            operation.Success(("raw_models", models));
            return models;
        }
        catch (Exception error)
        {
            operation.Failure(error);
            throw;
        }
    }

    public async ValueTask<int> FetchYieldingValueTaskAsync(string provider)
    {
        var operation = Operation;
        operation.Step(1, StepNames.Fetch, ("provider", provider));
        try
        {
            var models = await StepWork.FetchYieldingValueTask(provider);
            operation.Success(("raw_models", models));
            return models;
        }
        catch (Exception error)
        {
            operation.Failure(error);
            throw;
        }
    }

    public int SyncModels(string provider)
    {
        using var operation = new StepLogger(logger, StepNames.Operation, StepNames.TotalSteps);
        operation.Start(("provider", provider));
        try
        {
            var sum = 0;
            var steps = StepNames.OperationSteps;
            for (var i = 0; i < steps.Length; i++)
            {
                operation.Step(i + 1, steps[i], ("provider", provider));
                try
                {
                    var result = StepWork.Fetch(provider);
                    operation.Success(("raw_models", result));
                    sum += result;
                }
                catch (Exception error)
                {
                    operation.Failure(error);
                    throw;
                }
            }

            operation.Complete(("total", sum));
            return sum;
        }
        catch (Exception error)
        {
            operation.Complete(error);
            throw;
        }
    }

    /// <summary>Completes the operation of the single-step cases, which gives the thread back its ambient context.</summary>
    public void Dispose()
    {
        _operation?.Complete();
        _operation = null;
    }
}

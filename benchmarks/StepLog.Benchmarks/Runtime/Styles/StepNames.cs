namespace StepLog.Benchmarks.Runtime.Styles;

/// <summary>The names every style logs, so that all of them write the same lines.</summary>
public static class StepNames
{
    public const string Operation = "Model Sync";
    public const int TotalSteps = 5;
    public const string Fetch = "Fetch from provider API";

    /// <summary>The five steps of the whole operation.</summary>
    public static readonly string[] OperationSteps =
    [
        "Fetch from provider API",
        "Validate and filter models",
        "Enrich with pricing",
        "Store in database",
        "Refresh cache",
    ];
}

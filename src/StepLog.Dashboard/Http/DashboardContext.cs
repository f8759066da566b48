namespace StepLog.Dashboard.Http;

/// <summary>What every request of one mapped dashboard shares: where it is mapped, and its options.</summary>
internal sealed class DashboardContext(string prefix, StepLogDashboardOptions options)
{
    /// <summary>The path the dashboard is mapped at, without a trailing '/' ("" for the root).</summary>
    public string Prefix { get; } = prefix;

    public StepLogDashboardOptions Options { get; } = options;
}

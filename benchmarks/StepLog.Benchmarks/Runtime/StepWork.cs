using System.Runtime.CompilerServices;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// The step's own work, the same for every style: tiny and never inlined, so that what a benchmark adds over the bare
/// call is the instrumentation. The results are above 8 so that no Task result comes from the runtime's small-int cache.
/// </summary>
public static class StepWork
{
    public const string Provider = "openrouter";

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Fetch(string provider) => provider.Length + 2824;

    /// <summary>A Task step that completes synchronously (a cache hit): one Task allocated for the result.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<int> FetchCompletedTask(string provider) => Task.FromResult(provider.Length + 2824);

    /// <summary>A Task step that yields once, as I/O does: its continuation runs on the thread pool.</summary>
    public static async Task<int> FetchYieldingTask(string provider)
    {
        await Task.Yield();
        return provider.Length + 2824;
    }

    /// <summary>A ValueTask step that completes synchronously: no allocation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ValueTask<int> FetchCompletedValueTask(string provider) => new(provider.Length + 2824);

    /// <summary>A ValueTask step that yields once.</summary>
    public static async ValueTask<int> FetchYieldingValueTask(string provider)
    {
        await Task.Yield();
        return provider.Length + 2824;
    }
}

using System.Diagnostics;
using System.Globalization;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// One enabled case called in a tight loop, without BenchmarkDotNet (<c>-- loop case [millions]</c>): a target for
/// <c>perf</c> and the JIT's disassembly, and a quick ratio of two cases run one after the other. Prints nanoseconds a
/// call for each of five rounds after a warm-up round; BenchmarkDotNet's figures are still the ones to publish.
/// </summary>
public static class HotLoop
{
    private static readonly string[] Cases = ["gen-step", "lm-step", "gen-op", "lm-op"];

    /// <summary>Calls case <paramref name="name"/> (one of gen-step, lm-step, gen-op, lm-op) <paramref name="millions"/> million times a round.</summary>
    public static void Run(string name, int millions)
    {
        var logger = DiscardingLogger.Enabled;
        Func<int> call = name switch
        {
            "gen-step" => Step(new GeneratedWrapperSteps(logger)),
            "lm-step" => LoggerMessageStep(new LoggerMessageSteps(logger)),
            "gen-op" => Operation(new GeneratedWrapperOperation(logger)),
            "lm-op" => LoggerMessageOperation(new LoggerMessageSteps(logger)),
            _ => throw new ArgumentException($"No loop case '{name}'; the cases are: {string.Join(", ", Cases)}.", nameof(name)),
        };

        var calls = millions * 1_000_000L;
        for (var round = 0; round <= 5; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var sum = 0;
            for (var i = 0L; i < calls; i++)
            {
                sum += call();
            }

            var nanoseconds = Stopwatch.GetElapsedTime(started).TotalNanoseconds / calls;
            if (round > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} round {round}: {nanoseconds:F1} ns a call ({sum})"));
            }
        }
    }

    private static Func<int> Step(GeneratedWrapperSteps steps) => () => steps.Fetch(StepWork.Provider);

    private static Func<int> LoggerMessageStep(LoggerMessageSteps steps) => () => steps.Fetch(StepWork.Provider);

    private static Func<int> Operation(GeneratedWrapperOperation operation) => () => operation.SyncModels(StepWork.Provider);

    private static Func<int> LoggerMessageOperation(LoggerMessageSteps steps) => () => steps.SyncModels(StepWork.Provider);
}

using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>Tests that replace StepLog's process-wide factory; they must not run beside each other.</summary>
[CollectionDefinition(nameof(GlobalFactory), DisableParallelization = true)]
public sealed class GlobalFactory;

/// <summary>A type with no logger writes to StepLog's default logger, named after the type.</summary>
[Collection(nameof(GlobalFactory))]
public sealed class ZeroConfigTests : IDisposable
{
    private readonly LogCapture _capture = new();

    public ZeroConfigTests() => StepLogging.UseLoggerFactory(_capture);

    public void Dispose() => StepLogging.UseLoggerFactory(null);

    [Fact]
    public void Steps_without_operation_or_logger_use_the_default_logger_and_count_the_types_steps()
    {
        Assert.Equal(42, ZeroConfig.Compute(21));
        ZeroConfig.Finish();

        Assert.Equal(
            [
                "▶️  [1/2] Compute (input=21)",
                "✅ [1/2] Compute - SUCCESS (duration_ms=#)",
                "▶️  [2/2] Finish",
                "✅ [2/2] Finish - SUCCESS (duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.All(_capture.Entries, e => Assert.Equal(typeof(ZeroConfig).FullName, e.Category));
        Assert.All(_capture.Entries, e => Assert.Equal(nameof(ZeroConfig), e.Field("operation")));
    }
}

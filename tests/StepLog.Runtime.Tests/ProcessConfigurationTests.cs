using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>
/// The process's own configuration, as an application has it (no test scope exists while these run): a change is seen
/// by every flow, and the flags field of the generated wrappers follows the process's store and observers.
/// </summary>
[Collection(StaticStateCollection.Name)]
public class ProcessConfigurationTests
{
    [Fact]
    public void Without_a_scope_a_change_is_seen_by_every_flow()
    {
        try
        {
            StepLogging.SuccessSampleRate = 0.5;

            Assert.Equal(0.5, OnAnotherFlow(() => StepLogging.SuccessSampleRate));
        }
        finally
        {
            StepLogging.SuccessSampleRate = 1.0;
        }
    }

    [Fact]
    public void The_record_bit_follows_the_processs_store_and_observers()
    {
        Assert.Equal(OutputFlags.None, SideOutputs.Current & OutputFlags.Record);
        using (var store = new InMemoryStepStore())
        {
            StepLogging.UseStepStore(store);
            Assert.Equal(OutputFlags.Record, OnAnotherFlow(() => SideOutputs.Current & OutputFlags.Record));
            StepLogging.UseStepStore(null);
        }

        Assert.Equal(OutputFlags.None, SideOutputs.Current & OutputFlags.Record);
    }

    [Fact]
    public void A_container_points_every_flows_default_loggers_at_it_until_it_is_disposed()
    {
        var capture = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddStepLog().AddProvider(capture));
        using (var provider = services.BuildServiceProvider())
        {
            _ = provider.GetRequiredService<ILoggerFactory>();
            OnAnotherFlow(() =>
            {
                new StepLogger(StepLogging.CreateLogger("Hosted"), "On another flow").Start();
                return 0;
            });
        }

        Assert.Equal(["🚀 START: On another flow"], capture.Lines);
        Assert.IsNotType<LogCapture>(StepLogging.LoggerFactory);
    }

    private static T OnAnotherFlow<T>(Func<T> read)
    {
        // A thread of its own: a task waited on could run inline, on this flow.
        var result = default(T);
        var thread = new Thread(() => result = read());
        using (ExecutionContext.SuppressFlow())
        {
            thread.Start();
        }

        thread.Join();
        return result!;
    }
}

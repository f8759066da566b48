using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>
/// A test's configuration of its own (<see cref="ConfigurationSlot.BeginScope"/>): what it changes is seen on its flow
/// and the flows it starts, never on another, which is what lets tests of different configurations run in parallel.
/// </summary>
public class ConfigurationScopeTests
{
    [Fact]
    public async Task Settings_changed_in_a_scope_are_seen_in_it_and_not_on_another_flow()
    {
        var capture = new LogCapture();
        Action<Exception> handler = _ => { };
        using (ConfigurationSlot.BeginScope())
        {
            StepLogging.UseLoggerFactory(capture);
            StepLogging.SuccessSampleRate = 0.5;
            StepLogging.LoggingFault = handler;

            var outside = OnAnotherFlow(() => (StepLogging.SuccessSampleRate, StepLogging.LoggerFactory, StepLogging.LoggingFault));
            var inside = await Task.Run(() => (StepLogging.SuccessSampleRate, StepLogging.LoggerFactory, StepLogging.LoggingFault));

            Assert.Equal((0.5, (ILoggerFactory)capture, handler), inside);
            Assert.Equal(1.0, outside.SuccessSampleRate);
            Assert.NotSame(capture, outside.LoggerFactory);
            Assert.NotSame(handler, outside.LoggingFault);
        }
    }

    [Fact]
    public void A_scope_begins_from_the_defaults_and_its_end_gives_the_flow_back_what_it_had()
    {
        using var outer = ConfigurationSlot.BeginScope();
        StepLogging.SuccessSampleRate = 0.25;

        using (ConfigurationSlot.BeginScope())
        {
            Assert.Equal(1.0, StepLogging.SuccessSampleRate);
            Assert.Null(StepLogging.StepStore);
            StepLogging.SuccessSampleRate = 0.75;
        }

        Assert.Equal(0.25, StepLogging.SuccessSampleRate);
    }

    [Fact]
    public void An_observer_in_a_scope_sees_that_flows_steps_and_turns_no_other_flows_records_on()
    {
        using var scope = ConfigurationSlot.BeginScope();
        var observer = new Observer();
        using var registration = StepLogging.ObserveRecords(observer);

        RunOneStep("Inside");
        var outsideOutputs = OnAnotherFlow(() =>
        {
            RunOneStep("Outside");
            return SideOutputs.Current & OutputFlags.Record;
        });

        Assert.Equal(OutputFlags.None, outsideOutputs);
        Assert.Equal(OutputFlags.Record, SideOutputs.Current & OutputFlags.Record);
        Assert.All(observer.Seen, record => Assert.Equal("Inside", record.Operation));
        Assert.NotEmpty(observer.Seen);
    }

    [Fact]
    public void A_container_built_in_a_scope_configures_the_scope_and_gives_it_back_when_disposed()
    {
        using var scope = ConfigurationSlot.BeginScope();
        var capture = new LogCapture();
        var services = new ServiceCollection().AddLogging(builder => builder
            .AddStepLog(options => options.SuccessSampleRate = 0.5)
            .AddProvider(capture));

        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>();
            Assert.Equal(0.5, StepLogging.SuccessSampleRate);
            Assert.Equal(1.0, OnAnotherFlow(() => StepLogging.SuccessSampleRate));
        }

        Assert.Equal(1.0, StepLogging.SuccessSampleRate);
    }

    // A flow that does not inherit this one's execution context: it runs with the process's configuration.
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

    private static void RunOneStep(string name)
    {
        using var op = new StepLogger(DiscardingLogger.Instance, name, 1);
        op.Start();
        op.Step(1, "Work");
        op.Success();
        op.Complete();
    }

    private sealed class Observer : IStepRecordObserver
    {
        private readonly List<StepRecord> _seen = [];

        public IReadOnlyList<StepRecord> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public void OnRecorded(StepRecord record)
        {
            lock (_seen)
            {
                _seen.Add(record);
            }
        }
    }
}

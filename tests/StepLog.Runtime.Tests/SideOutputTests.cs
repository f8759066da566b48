using StepLog.Generated;
using StepLog.Records;

namespace StepLog.Runtime.Tests;

/// <summary>
/// The flags field a generated wrapper reads for its side outputs (<see cref="SideOutputs"/>): it must say what the
/// outputs' state says after every change, or a disabled call would skip records it owes, or build records nobody takes.
/// </summary>
public class SideOutputTests : IDisposable
{
    // Observers registered here are this configuration's: the record bit other tests see does not change.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();

    public void Dispose() => _configuration.Dispose();

    [Fact]
    public void The_record_bit_is_set_while_an_observer_is_registered()
    {
        Assert.Equal(OutputFlags.None, SideOutputs.Current & OutputFlags.Record);

        using (StepLogging.ObserveRecords(new Observer()))
        {
            Assert.Equal(OutputFlags.Record, SideOutputs.Current & OutputFlags.Record);
        }

        Assert.Equal(OutputFlags.None, SideOutputs.Current & OutputFlags.Record);
    }

    [Fact]
    public void Racing_registrations_leave_the_record_bit_as_the_observers_are()
    {
        var kept = StepLogging.ObserveRecords(new Observer());
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => StepLogging.ObserveRecords(new Observer()).Dispose());

        Assert.Equal(OutputFlags.Record, SideOutputs.Current & OutputFlags.Record);
        kept.Dispose();
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => StepLogging.ObserveRecords(new Observer()).Dispose());

        Assert.Equal(OutputFlags.None, SideOutputs.Current & OutputFlags.Record);
    }

    private sealed class Observer : IStepRecordObserver
    {
        public void OnRecorded(StepRecord record)
        {
        }
    }
}

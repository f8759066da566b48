namespace StepLog.Batches.Tests;

/// <summary>The default report of a fault says what threw it: a logging provider, a store, a batch's files.</summary>
public class FaultSourceTests
{
    [Fact]
    public void The_default_fault_message_names_its_source()
    {
        var fault = new IOException("disk full");

        Assert.StartsWith("StepLog: a logging provider threw System.IO.IOException: disk full.", StepLogging.FaultMessage(fault, FaultSource.LoggingProvider));
        Assert.StartsWith("StepLog: the progress file of a batch threw System.IO.IOException: disk full.", StepLogging.FaultMessage(fault, FaultSource.ProgressFile));
        Assert.StartsWith("StepLog: the checkpoint of a batch threw System.IO.IOException: disk full.", StepLogging.FaultMessage(fault, FaultSource.Checkpoint));
        Assert.StartsWith("StepLog: a step store threw System.IO.IOException: disk full.", StepLogging.FaultMessage(fault, FaultSource.Store));
        Assert.StartsWith("StepLog: an observer of step records threw System.IO.IOException: disk full.", StepLogging.FaultMessage(fault, FaultSource.RecordObserver));
    }

    [Fact]
    public void A_fault_message_carries_no_control_character()
    {
        var message = StepLogging.FaultMessage(new IOException("line\nforged"), FaultSource.ProgressFile);

        Assert.DoesNotContain('\n', message);
    }
}

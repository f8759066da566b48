namespace StepLog.Cli.Model;

/// <summary>
/// Receives what <see cref="Correlator"/> builds, as soon as it is final, so that a consumer can stream: the correlator
/// forgets an operation once it and its parent have ended, and memory stays bounded by the operations still open.
/// </summary>
internal interface IOperationObserver
{
    /// <summary>Every parsed line, in order, with the operation (and step, for a step line) the correlator placed it in.</summary>
    void EventRead(LogEvent logEvent, OperationRun operation, StepRun? step) { }

    /// <summary>A step ended (or was left unfinished); its operation is still open.</summary>
    void StepEnded(StepRun step) { }

    /// <summary>An operation ended, was reported INCOMPLETE, or was cut off by the end of its file. Inner ones come first.</summary>
    void OperationEnded(OperationRun operation) { }

    /// <summary>Lines that could not be placed without a guess.</summary>
    void IssueFound(CorrelationIssue issue) { }
}

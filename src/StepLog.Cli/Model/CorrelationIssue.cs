namespace StepLog.Cli.Model;

/// <summary>
/// A place where the log cannot be read as one tree of operations without guessing: interleaved lines of parallel
/// operations that carry no operation id, or lines with no operation to belong to. The correlator makes the most
/// likely choice and says so here, so that a report never guesses silently.
/// </summary>
internal sealed record CorrelationIssue(string File, long Line, string Message);

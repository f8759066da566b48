using System.Collections.Generic;

namespace StepLog.Cli.Watching;

/// <summary>Shows what the progress files hold at each look: live bars on a terminal, plain lines elsewhere.</summary>
internal interface IProgressView
{
    /// <summary>Shows every file's latest reading; called after each look, whether or not anything changed.</summary>
    void Show(IReadOnlyList<ProgressReading> readings);

    /// <summary>Says, once, that there is nothing to show yet and where the watch is looking.</summary>
    void Waiting(string message);
}

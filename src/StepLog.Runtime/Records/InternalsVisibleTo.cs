using System.Runtime.CompilerServices;

// The records tests drive StepRecorder, the entry point the runtime records through, directly.
[assembly: InternalsVisibleTo("StepLog.Records.Tests")]

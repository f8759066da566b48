using System.Runtime.CompilerServices;

// The records tests drive StepRecorder, the entry point the runtime records through, directly.
[assembly: InternalsVisibleTo("StepLog.Records.Tests")]

// The first-party stores and health checks share the runtime's rules for statuses and detail values
// (StepStatusFacts, StepDetailValue) rather than copy them; a third-party store needs neither (see their remarks).
[assembly: InternalsVisibleTo("StepLog.Records.Sqlite")]
[assembly: InternalsVisibleTo("StepLog.Records.PostgreSql")]
[assembly: InternalsVisibleTo("StepLog.HealthChecks")]

namespace StepLog.Cli.Report;

/// <summary>How <c>steplog report</c> prints what it found.</summary>
internal enum ReportFormat
{
    /// <summary>Tables on a terminal, plain text in a pipe or a file.</summary>
    Text,

    /// <summary>The stable JSON shape docs/cli.md documents.</summary>
    Json,

    /// <summary>One row per finding.</summary>
    Csv,
}

namespace StepLog.Cli.Query;

/// <summary>How <c>steplog query</c> prints the lines that match.</summary>
internal enum QueryFormat
{
    /// <summary>The lines as they were, control characters escaped.</summary>
    Text,

    /// <summary>One JSON object per line (JSON Lines), for jq and scripts.</summary>
    Json,
}

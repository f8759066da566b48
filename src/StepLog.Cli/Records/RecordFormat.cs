namespace StepLog.Cli.Records;

/// <summary>How <c>steps</c> and <c>errors</c> print records.</summary>
internal enum RecordFormat
{
    /// <summary>A table on a terminal, one plain line per record elsewhere.</summary>
    Text,

    /// <summary>One JSON object per line (JSON lines), for jq and scripts.</summary>
    Json,
}

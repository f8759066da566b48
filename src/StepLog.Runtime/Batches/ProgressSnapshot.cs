using System;

namespace StepLog;

/// <summary>The batch's progress at one moment, as the progress file shows it.</summary>
internal sealed class ProgressSnapshot
{
    public string Operation { get; set; } = "";

    /// <summary>The run's id, as its lines carry it.</summary>
    public string? OperationId { get; set; }

    public string Status { get; set; } = "";

    public long Processed { get; set; }

    public int Total { get; set; }

    public double Percentage { get; set; }

    public double RatePerSecond { get; set; }

    public double ElapsedSeconds { get; set; }

    public double? EtaSeconds { get; set; }

    public string? CurrentItem { get; set; }

    public DateTime Timestamp { get; set; }

    public int Succeeded { get; set; }

    public int Failed { get; set; }

    public int Resumed { get; set; }

    public int ProcessId { get; set; }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StepLog;

/// <summary>
/// The <c>StepLog</c> meter: how long operations and steps take, and how batch items end. Every operation and step is
/// measured whatever its log level, but only while a listener has enabled the instrument (<see cref="Instrument.Enabled"/>):
/// without one, a call costs the read of that property and nothing else. Tags are names and a status only, never a
/// value of the run (a subject or a metadata value would make a series per value, which is what breaks a metrics backend).
/// A measurement allocates nothing: its tags are a <see cref="TagList"/> on the stack.
/// </summary>
internal static class StepMetrics
{
    /// <summary>
    /// Bucket boundaries in seconds, from 1 ms to 60 s: steps are I/O and computation (a cache hit, a query, a file, a
    /// remote call), slower than an HTTP server's requests and faster than a job's runs.
    /// </summary>
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    public static readonly Meter Meter = new(StepLogging.MeterName, typeof(StepMetrics).Assembly.GetName().Version?.ToString());

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        "steplog.operation.duration", "s", "How long an operation ran, from START to its last line.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Histogram<double> StepDuration = Meter.CreateHistogram(
        "steplog.step.duration", "s", "How long a step ran, from its start line to its end.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Counter<long> BatchItems = Meter.CreateCounter<long>(
        "steplog.batch.items", "{item}", "Batch items processed, by how they ended.");

    /// <summary>Records an operation's duration; <paramref name="status"/> is one of <see cref="MetricStatus"/>'s.</summary>
    public static void Operation(string operation, string status, double milliseconds)
    {
        var tags = new TagList
        {
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("status", status),
        };
        RecordSeconds(OperationDuration, milliseconds, tags);
    }

    /// <summary>Records a step's duration; <paramref name="status"/> is one of <see cref="MetricStatus"/>'s.</summary>
    public static void Step(string operation, string step, string status, double milliseconds)
    {
        var tags = new TagList
        {
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("step", step),
            new KeyValuePair<string, object?>("status", status),
        };
        RecordSeconds(StepDuration, milliseconds, tags);
    }

    private static void RecordSeconds(Histogram<double> duration, double milliseconds, in TagList tags)
    {
        try
        {
            duration.Record(milliseconds / 1000.0, tags);
        }
        catch (Exception fault)
        {
            // A listener's callback runs inside Record: its fault costs the measurement, never the user's code.
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>Counts one batch item that ended with <paramref name="status"/>, if a listener is subscribed.</summary>
    public static void BatchItem(string batch, string status)
    {
        if (!BatchItems.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            new KeyValuePair<string, object?>("batch", batch),
            new KeyValuePair<string, object?>("status", status),
        };
        try
        {
            BatchItems.Add(1, tags);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }
}

/// <summary>The values of the <c>status</c> tag.</summary>
internal static class MetricStatus
{
    public const string Success = "success";
    public const string Warning = "warning";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Cancelled = "cancelled";
    public const string Incomplete = "incomplete";
    public const string TimedOut = "timeout";
}

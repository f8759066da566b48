namespace StepLog;

/// <summary>The metrics half of StepLog's global settings: the name to listen to.</summary>
public static partial class StepLogging
{
    /// <summary>
    /// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> of operations, steps and batches, to listen to
    /// with OpenTelemetry's <c>AddMeter</c>. Its instruments: <c>steplog.operation.duration</c> (histogram, s, tags
    /// <c>operation</c>, <c>status</c>), <c>steplog.step.duration</c> (histogram, s, tags <c>operation</c>,
    /// <c>step</c>, <c>status</c>) and <c>steplog.batch.items</c> (counter, tags <c>batch</c>, <c>status</c>).
    /// </summary>
    public const string MeterName = "StepLog";
}

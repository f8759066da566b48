using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;

namespace StepLog.Testing;

/// <summary>One measurement as a <see cref="MeterListener"/> received it: the instrument, the value and the tags.</summary>
public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags)
{
    /// <summary>The tags as "key=value" pairs in key order, to compare a tag set in one string.</summary>
    public string TagSet => string.Join(",", Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
}

/// <summary>
/// A <see cref="MeterListener"/> on the <c>StepLog</c> meter that keeps every measurement, across threads. Other
/// tests of the process may run StepLog code while it listens: look only at the operation names a test owns.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly MeterListener _listener = new();

    public MetricCapture(string meterName = "StepLog")
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

    /// <summary>The measurements of <paramref name="instrument"/> whose tag <paramref name="tag"/> is <paramref name="value"/>.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, string tag, string value) =>
        Measurements.Where(m => m.Instrument == instrument && m.Tags.TryGetValue(tag, out var v) && v == value).ToArray();

    /// <summary>Asks every observable instrument for its values now, as an exporter does at each collection.</summary>
    public void RecordObservables() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(tags.Length, StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }
}

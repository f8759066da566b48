using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The state of one batch line: its head (the batch's name, or an item's position and id) and its <c>key=value</c>
/// list. Providers get the fields as key/value pairs (structured sinks), ending with the line's message template
/// (<c>{OriginalFormat}</c>, see <see cref="BatchLineText"/>), and the console formatter the symbols and the depth
/// through <see cref="IStepLogEntry"/>. Numbers that are not counts are written with one decimal, invariant.
/// </summary>
internal sealed class BatchLine : IStepLogEntry, IReadOnlyList<KeyValuePair<string, object?>>
{
    public static readonly Func<BatchLine, Exception?, string> Formatter = static (line, _) => line.Format(StepSymbols.Emoji);

    private readonly KeyValuePair<string, object?>[] _fields;
    private readonly OperationId _id;

    // The span current when the line was made (W3C ids only): its trace_id and span_id end the structured view.
    private readonly Activity? _span = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current : null;

    private BatchLine(StepEvent kind, string operation, OperationId id, string? item, int position, int total, int depth, double durationMs, string? text, KeyValuePair<string, object?>[] fields)
    {
        Kind = kind;
        _id = id;
        OperationName = operation;
        StepName = item;
        StepNumber = position;
        TotalSteps = total;
        Depth = depth;
        Duration = durationMs;
        Text = text;
        _fields = fields;
    }

    public StepEvent Kind { get; }

    public string OperationName { get; }

    /// <summary>The item's id on an item line.</summary>
    public string? StepName { get; }

    /// <summary>The item's 1-based position on an item line.</summary>
    public int StepNumber { get; }

    /// <summary>The batch's number of items.</summary>
    public int TotalSteps { get; }

    public int Depth { get; }

    public double? DurationMs => double.IsNaN(Duration) ? null : Math.Round(Duration, 1);

    /// <summary>The batch run's id: every line of one run carries it, as the lines of an operation run carry theirs.</summary>
    public string? OperationId => _id.Text;

    // The structured view: operation and depth, the line's own fields, the run's id, the span's ids, the template.
    public int Count => _fields.Length + 2 + (_id.IsSet ? 1 : 0) + (_span is null ? 0 : 2) + 1;

    /// <summary>The line's own fields, in the order its text lists them.</summary>
    public KeyValuePair<string, object?>[] Fields => _fields;

    /// <summary>The failure's or the warning's message, ABANDONED for an item abandoned; null on other lines.</summary>
    public string? Text { get; }

    private double Duration { get; }

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(LineFieldNames.Operation, ValueText.Escaped(OperationName)),
        1 => new(LineFieldNames.Depth, Depth),
        _ when index - 2 < _fields.Length => _fields[index - 2],
        _ when index == Count - 1 => new("{OriginalFormat}", BatchLineText.Template(this)),
        _ => Ids(index - 2 - _fields.Length),
    };

    public static BatchLine Start(string name, OperationId id, int total, int resumed, int depth) =>
        new(StepEvent.OperationStart, name, id, null, 0, total, depth, double.NaN, null, resumed > 0 ? [Field(BatchLineFields.Total, total), Field(BatchLineFields.Resumed, resumed)] : [Field(BatchLineFields.Total, total)]);

    public static BatchLine Progress(string name, OperationId id, long done, int total, double percentage, double rate, double elapsedSeconds, double? etaSeconds, int depth)
    {
        KeyValuePair<string, object?>[] fields = etaSeconds is { } eta
            ? [Field(BatchLineFields.Processed, done), Field(BatchLineFields.Total, total), Field(BatchLineFields.Percentage, Round(percentage)), Field(BatchLineFields.RatePerSecond, Round(rate)), Field(BatchLineFields.ElapsedSeconds, Round(elapsedSeconds)), Field(BatchLineFields.EtaSeconds, Round(eta))]
            : [Field(BatchLineFields.Processed, done), Field(BatchLineFields.Total, total), Field(BatchLineFields.Percentage, Round(percentage)), Field(BatchLineFields.RatePerSecond, Round(rate)), Field(BatchLineFields.ElapsedSeconds, Round(elapsedSeconds))];
        return new(StepEvent.BatchProgress, name, id, null, 0, total, depth, double.NaN, null, fields);
    }

    // An item line's fields name the item and its place ("[i/N] id" in the text), so that a structured sink reads it as the text does.
    public static BatchLine ItemSucceeded(string name, OperationId id, string item, int position, int total, int depth, double durationMs) =>
        new(StepEvent.StepSuccess, name, id, item, position, total, depth, durationMs, null, [Field(LineFieldNames.Item, item), Field(LineFieldNames.StepNumber, position), Field(LineFieldNames.TotalSteps, total), Field(LineFieldNames.Status, LineStatus.Success), Field(LineFieldNames.DurationMs, Round(durationMs))]);

    public static BatchLine ItemFailed(string name, OperationId id, string item, int position, int total, int depth, double durationMs, string message) =>
        new(StepEvent.StepFailure, name, id, item, position, total, depth, durationMs, message, [Field(LineFieldNames.Item, item), Field(LineFieldNames.StepNumber, position), Field(LineFieldNames.TotalSteps, total), Field(LineFieldNames.Status, LineStatus.Failed), Field(LineFieldNames.Error, message), Field(LineFieldNames.DurationMs, Round(durationMs))]);

    public static BatchLine ItemCancelled(string name, OperationId id, string item, int position, int total, int depth, double durationMs) =>
        new(StepEvent.StepCancelled, name, id, item, position, total, depth, durationMs, null, [Field(LineFieldNames.Item, item), Field(LineFieldNames.StepNumber, position), Field(LineFieldNames.TotalSteps, total), Field(LineFieldNames.Status, LineStatus.Cancelled), Field(LineFieldNames.DurationMs, Round(durationMs))]);

    // An item still running when the batch stopped waiting for it: neither succeeded nor failed, and a rerun runs it.
    public static BatchLine ItemAbandoned(string name, OperationId id, string item, int position, int total, int depth, double durationMs) =>
        new(StepEvent.StepCancelled, name, id, item, position, total, depth, durationMs, LineWords.Abandoned, [Field(LineFieldNames.Item, item), Field(LineFieldNames.StepNumber, position), Field(LineFieldNames.TotalSteps, total), Field(LineFieldNames.Status, LineStatus.Abandoned), Field(LineFieldNames.DurationMs, Round(durationMs))]);

    // Something the batch could not do for itself (write its progress file, its checkpoint); the batch goes on.
    public static BatchLine Warning(string name, OperationId id, int total, int depth, string message) =>
        new(StepEvent.StepWarning, name, id, null, 0, total, depth, double.NaN, message, [Field(LineFieldNames.Status, LineStatus.Warning), Field(LineFieldNames.Message, message)]);

    public static BatchLine Complete(string name, OperationId id, int total, int processed, int succeeded, int failed, double rate, double durationMs, int depth)
    {
        var successRate = processed > 0 ? succeeded * 100.0 / processed : 0;
        return new(StepEvent.OperationComplete, name, id, null, 0, total, depth, durationMs, null,
            [Field(BatchLineFields.Processed, processed), Field(BatchLineFields.Succeeded, succeeded), Field(BatchLineFields.Failed, failed), Field(BatchLineFields.SuccessRate, Round(successRate)), Field(BatchLineFields.RatePerSecond, Round(rate)), Field(LineFieldNames.TotalDurationMs, Round(durationMs))]);
    }

    // Items abandoned are counted only when there are some, so that the line of a batch whose items all stopped in time stays as it was.
    public static BatchLine Interrupted(string name, OperationId id, int total, int processed, int succeeded, int failed, int abandoned, double durationMs, int depth) =>
        new(StepEvent.BatchInterrupted, name, id, null, 0, total, depth, durationMs, null, abandoned > 0
            ? [Field(BatchLineFields.Processed, processed), Field(BatchLineFields.Total, total), Field(BatchLineFields.Succeeded, succeeded), Field(BatchLineFields.Failed, failed), Field(BatchLineFields.Abandoned, abandoned), Field(LineFieldNames.TotalDurationMs, Round(durationMs))]
            : [Field(BatchLineFields.Processed, processed), Field(BatchLineFields.Total, total), Field(BatchLineFields.Succeeded, succeeded), Field(BatchLineFields.Failed, failed), Field(LineFieldNames.TotalDurationMs, Round(durationMs))]);

    public string Format(StepSymbols symbols) => BatchLineText.Format(this, symbols);

    public override string ToString() => Format(StepSymbols.Emoji);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Text is handed on as the line shows it, escaped: a structured sink that renders it (Serilog's text template)
    // must not get a line break or an escape sequence from an item id or an error message.
    private static KeyValuePair<string, object?> Field(string key, object? value) =>
        new(key, value is string text ? ValueText.Escaped(text) : value);

    // After the line's own fields: the run's id, then the span's trace and span ids.
    private KeyValuePair<string, object?> Ids(int index)
    {
        if (_id.IsSet && index-- == 0)
        {
            return new(StepLogEntry<StepMetadata>.OperationIdKey, _id.Text);
        }

        return _span is not null && index == 0 ? new(StepLogEntry<StepMetadata>.TraceIdKey, _span.TraceId.ToHexString())
            : _span is not null && index == 1 ? new(StepLogEntry<StepMetadata>.SpanIdKey, _span.SpanId.ToHexString())
            : throw new ArgumentOutOfRangeException(nameof(index));
    }

    // Values are kept at the one decimal the line shows, so that structured sinks and the text agree.
    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}

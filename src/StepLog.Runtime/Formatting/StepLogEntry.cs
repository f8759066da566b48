using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace StepLog;

/// <summary>
/// The state of a StepLog log entry. A value type handed to <c>ILogger.Log&lt;TState&gt;</c> as it is, so that nothing is
/// allocated, boxed or formatted unless a provider asks: for the message (through <see cref="Formatter"/>) or for the
/// fields (through the <see cref="IReadOnlyList{T}"/> view, as JSON console, Serilog and OpenTelemetry do).
/// </summary>
internal readonly struct StepLogEntry<TMetadata> : IReadOnlyList<KeyValuePair<string, object?>>, IStepLogEntry
    where TMetadata : struct, IStepMetadata
{
    /// <summary>Renders the message; one cached delegate per metadata type, so passing it allocates nothing.</summary>
    public static readonly Func<StepLogEntry<TMetadata>, Exception?, string> Formatter =
        static (entry, _) => entry.Format(StepSymbols.Emoji);

    /// <summary>The key of the run's id in the structured view (not on the line's text), to join lines with records and traces.</summary>
    internal const string OperationIdKey = "operation_id";

    /// <summary>The key of the run's subject in the structured view (not on the line's text), where the run has one.</summary>
    internal const string SubjectKey = "subject";

    /// <summary>The key of the current span's trace id (32 hex digits, W3C), when a span was current as the line was made.</summary>
    internal const string TraceIdKey = "trace_id";

    /// <summary>The key of the current span's id (16 hex digits, W3C), when a span was current as the line was made.</summary>
    internal const string SpanIdKey = "span_id";

    // The line's values in three parts (see EntryParts.cs for why) rather than as flat fields.
    private readonly TMetadata _metadata;
    private readonly LinePosition _position;
    private readonly LineOutcome _outcome;
    private readonly LineIds _ids;

    /// <summary>A line of <paramref name="run"/>: its id and subject go into the structured view.</summary>
    public StepLogEntry(
        StepEvent kind, string operation, string? step, int stepNumber, int totalSteps, int depth,
        double durationMs, string? text, in TMetadata metadata, in RunIdentity run = default, int attempt = 0)
        : this(kind, operation, step, stepNumber, totalSteps, depth, durationMs, text, metadata, new LineIds(run.Id, run.Subject, spanHeld: false, null), attempt)
    {
    }

    private StepLogEntry(
        StepEvent kind, string operation, string? step, int stepNumber, int totalSteps, int depth,
        double durationMs, string? text, in TMetadata metadata, in LineIds ids, int attempt)
    {
        _position = new LinePosition(operation, step, kind, stepNumber, totalSteps, depth);
        _outcome = new LineOutcome(text, durationMs, attempt);
        _ids = ids;
        _metadata = metadata;
    }

    public StepEvent Kind => _position.Kind;

    public string OperationName => _position.Operation;

    public string? StepName => _position.Step;

    public int StepNumber => _position.Number;

    public int TotalSteps => _position.Total;

    public int Depth => _position.Depth;

    /// <summary>Milliseconds, or NaN where the line has no duration.</summary>
    public double Duration => _outcome.Duration;

    public double? DurationMs => double.IsNaN(Duration) ? null : Math.Round(Duration, 1);

    /// <summary>The attempt a RETRY line reports; 0 on other lines.</summary>
    public int Attempt => _outcome.Attempt;

    /// <summary>The failure's message, the skip's reason, the warning's or the retried error's message.</summary>
    public string? Text => _outcome.Text;

    public TMetadata Metadata => _metadata;

    public string? OperationId => _ids.OperationId.Text;

    /// <summary>The same line with other metadata: what a held line keeps (see <see cref="FrozenMetadata"/>), made when the line is held: its span is captured then.</summary>
    internal StepLogEntry<TOther> WithMetadata<TOther>(in TOther metadata)
        where TOther : struct, IStepMetadata =>
        new(Kind, OperationName, StepName, StepNumber, TotalSteps, Depth, Duration, Text, metadata, new LineIds(_ids.OperationId, _ids.Subject, spanHeld: true, Span), Attempt);

    public string Format(StepSymbols symbols)
    {
        var builder = new StringBuilder(96);
        LineText.Append(builder, this, symbols, template: false);
        return builder.ToString();
    }

    public override string ToString() => Format(StepSymbols.Emoji);

    // The structured view: the line's own fields, then the metadata, then the run's operation_id and subject (when it
    // has them), then trace_id and span_id (when a span was current), then the message template. No key appears twice: a
    // metadata key that names one of StepLog's fields (operation_id and subject included) or repeats an earlier one is
    // renamed (see MetadataKeys). Text is handed on escaped, as the line shows it (see ValueText.StructuredValue).
    public int Count => EntryFields.For(Kind).Length + _metadata.Count + (HasOperationId ? 1 : 0) + (HasSubject ? 1 : 0) + (Span is null ? 0 : 2) + 1;

    private bool HasOperationId => _ids.OperationId.IsSet;

    private bool HasSubject => _ids.Subject is not null;

    /// <summary>The span the line was made in (held, or current now while a provider reads it); null unless it has W3C ids.</summary>
    internal Activity? Span => _ids.SpanHeld ? _ids.HeldSpan : Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current : null;

    public KeyValuePair<string, object?> this[int index] => At(index, null);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        // The metadata's keys once for the whole line, rather than the line's keys for each renamed one.
        var keys = MetadataKeys.Keys(_metadata, Kind);
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return At(i, keys);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The pair at the index; metadataKeys: the line's keys (MetadataKeys.Keys) when the caller has them.
    private KeyValuePair<string, object?> At(int index, string[]? metadataKeys)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var fields = EntryFields.For(Kind);
        if (index < fields.Length)
        {
            return new(EntryFields.Name(fields[index]), FieldValue(fields[index]));
        }

        index -= fields.Length;
        if (index < _metadata.Count)
        {
            var key = metadataKeys is null ? MetadataKeys.KeyAt(_metadata, index, Kind) : metadataKeys[index];
            return new(key, ValueText.StructuredValue(_metadata.GetValue(index)));
        }

        index -= _metadata.Count;
        if (HasOperationId && index-- == 0)
        {
            return new(OperationIdKey, _ids.OperationId.Text);
        }

        if (HasSubject && index-- == 0)
        {
            return new(SubjectKey, ValueText.Escaped(_ids.Subject!));
        }

        if (Span is { } span)
        {
            if (index == 0)
            {
                return new(TraceIdKey, span.TraceId.ToHexString());
            }

            if (index == 1)
            {
                return new(SpanIdKey, span.SpanId.ToHexString());
            }

            index -= 2;
        }

        if (index == 0)
        {
            var template = new StringBuilder(96);
            LineText.Append(template, this, StepSymbols.Emoji, template: true);
            return new("{OriginalFormat}", template.ToString());
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    private object? FieldValue(EntryField field) => field switch
    {
        EntryField.Operation => ValueText.Escaped(OperationName),
        EntryField.Step => StepName is null ? null : ValueText.Escaped(StepName),
        EntryField.StepNumber => StepNumber,
        EntryField.TotalSteps => TotalSteps,
        EntryField.Depth => Depth,
        EntryField.DurationMs or EntryField.TotalDurationMs => DurationMs,
        EntryField.Status => EntryFields.Status(Kind),
        EntryField.Error or EntryField.Reason or EntryField.Message => Text is null ? null : ValueText.Escaped(Text),
        EntryField.Attempt => Attempt,
        EntryField.LastStep => StepNumber,
        _ => null,
    };
}

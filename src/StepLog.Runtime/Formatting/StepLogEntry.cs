using System;
using System.Collections;
using System.Collections.Generic;
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

    private readonly TMetadata _metadata;

    public StepLogEntry(
        StepEvent kind, string operation, string? step, int stepNumber, int totalSteps, int depth,
        double durationMs, string? text, in TMetadata metadata)
    {
        Kind = kind;
        OperationName = operation;
        StepName = step;
        StepNumber = stepNumber;
        TotalSteps = totalSteps;
        Depth = depth;
        Duration = durationMs;
        Text = text;
        _metadata = metadata;
    }

    public StepEvent Kind { get; }

    public string OperationName { get; }

    public string? StepName { get; }

    public int StepNumber { get; }

    public int TotalSteps { get; }

    public int Depth { get; }

    /// <summary>Milliseconds, or NaN where the line has no duration.</summary>
    public double Duration { get; }

    public double? DurationMs => double.IsNaN(Duration) ? null : Math.Round(Duration, 1);

    /// <summary>The failure's message or the skip's reason.</summary>
    public string? Text { get; }

    public TMetadata Metadata => _metadata;

    public string Format(StepSymbols symbols)
    {
        var builder = new StringBuilder(96);
        LineText.Append(builder, this, symbols, template: false);
        return builder.ToString();
    }

    public override string ToString() => Format(StepSymbols.Emoji);

    // The structured view: the line's own fields, then the metadata, then the message template. No key appears twice:
    // a metadata key that names one of StepLog's fields or repeats an earlier one is renamed (see MetadataKeys).
    public int Count => EntryFields.For(Kind).Length + _metadata.Count + 1;

    public KeyValuePair<string, object?> this[int index]
    {
        get
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
                return new(MetadataKeys.KeyAt(_metadata, index, Kind), ValueText.StructuredValue(_metadata.GetValue(index)));
            }

            if (index == _metadata.Count)
            {
                var template = new StringBuilder(96);
                LineText.Append(template, this, StepSymbols.Emoji, template: true);
                return new("{OriginalFormat}", template.ToString());
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private object? FieldValue(EntryField field) => field switch
    {
        EntryField.Operation => OperationName,
        EntryField.Step => StepName,
        EntryField.StepNumber => StepNumber,
        EntryField.TotalSteps => TotalSteps,
        EntryField.Depth => Depth,
        EntryField.DurationMs or EntryField.TotalDurationMs => DurationMs,
        EntryField.Status => EntryFields.Status(Kind),
        EntryField.Error or EntryField.Reason => Text,
        EntryField.LastStep => StepNumber,
        _ => null,
    };
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The rules of StepLog's line format, for every kind of line (an operation's, a step's, a batch's or an item's): the
/// heads (<c>WORD: {operation}</c>, <c>[n/N] {name}</c>, <c> - WORD</c>), the <c> (key=value, ...)</c> list that closes
/// most lines, values escaped by <see cref="ValueText"/>, durations with one decimal. The same calls write the line's
/// text or its message template (its <c>{field}</c> placeholders in place of values, for structured sinks such as
/// Serilog), so that a sink that renders the template from the line's fields writes the line's text.
/// </summary>
internal struct LineWriter(StringBuilder builder, bool template)
{
    private bool _listOpen;

    public readonly StringBuilder Builder => builder;

    /// <summary>"WORD: {operation}": the head of a run's lines (START, COMPLETE, PROGRESS, ...).</summary>
    public readonly void RunHead(string word, string operation)
    {
        builder.Append(word).Append(": ");
        Text(LineFieldNames.Operation, operation);
    }

    /// <summary>"[n/N] {name}", or "[n] {name}" where the number of steps is unknown: the head of a step's or an item's lines.</summary>
    public readonly void PlaceHead(string nameField, string? name, int number, int total)
    {
        builder.Append('[');
        Number(LineFieldNames.StepNumber, number);
        if (total > 0)
        {
            builder.Append('/');
            Number(LineFieldNames.TotalSteps, total);
        }

        builder.Append("] ");
        Text(nameField, name);
    }

    /// <summary>" - WORD" after a step's or an item's head.</summary>
    public readonly void Outcome(string word) => builder.Append(" - ").Append(word);

    /// <summary>" - WORD: {text}": an outcome that says why (an error, a reason, a message).</summary>
    public readonly void Outcome(string word, string field, string? text)
    {
        builder.Append(" - ").Append(word).Append(": ");
        Text(field, text);
    }

    /// <summary>Text as the line shows it: escaped, and cut when it is very long.</summary>
    public readonly void Text(string field, string? value)
    {
        if (template)
        {
            // ":l" asks Serilog for the string as it is, not quoted; other formatters ignore it for strings.
            builder.Append('{').Append(field).Append(":l}");
        }
        else
        {
            ValueText.AppendEscaped(builder, value);
        }
    }

    public readonly void Number(string field, int value)
    {
        if (template)
        {
            builder.Append('{').Append(field).Append('}');
        }
        else
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A number that is not a count: one decimal, invariant.</summary>
    public readonly void Decimal(string field, double value)
    {
        if (template)
        {
            // The format keeps the one decimal when a sink renders the template (Serilog writes 516.0 as 516).
            builder.Append('{').Append(field).Append(":0.0}");
        }
        else
        {
            builder.Append(value.ToString("0.0", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A field StepLog made (a count, a rate, a duration): a double with one decimal, anything else invariant.</summary>
    public readonly void Value(string field, object? value)
    {
        if (value is double number)
        {
            Decimal(field, number);
        }
        else if (template)
        {
            builder.Append('{').Append(field).Append('}');
        }
        else
        {
            builder.Append(value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null");
        }
    }

    /// <summary>Opens the list or goes on with it, and writes the key: one StepLog names, or one MetadataKeys escaped.</summary>
    public void Key(string key)
    {
        builder.Append(_listOpen ? ", " : " (");
        _listOpen = true;
        if (template)
        {
            AppendLiteral(builder, key);
        }
        else
        {
            builder.Append(key);
        }

        builder.Append('=');
    }

    /// <summary>Lists the fields from the one at index <paramref name="first"/> to the last (see <see cref="Value"/>).</summary>
    public void Fields(KeyValuePair<string, object?>[] fields, int first)
    {
        for (var i = first; i < fields.Length; i++)
        {
            Key(fields[i].Key);
            Value(fields[i].Key, fields[i].Value);
        }
    }

    /// <summary>Lists the user's metadata: each value as <see cref="ValueText"/> writes it, or its placeholder.</summary>
    public void Metadata<TMetadata>(in TMetadata metadata, StepEvent kind)
        where TMetadata : struct, IStepMetadata
    {
        var keys = MetadataKeys.Keys(metadata, kind);
        for (var i = 0; i < metadata.Count; i++)
        {
            var key = keys is null ? MetadataKeys.Written(metadata, i) : keys[i];
            Key(key);
            if (template)
            {
                Placeholder(key, metadata.GetValue(i));
            }
            else
            {
                ValueText.AppendValue(builder, metadata.GetValue(i));
            }
        }
    }

    /// <summary>Lists a duration in milliseconds; nothing where the line has none (NaN).</summary>
    public void Duration(string field, double milliseconds)
    {
        if (double.IsNaN(milliseconds))
        {
            return;
        }

        Key(field);
        Decimal(field, milliseconds);
    }

    /// <summary>Closes the list, if anything opened it.</summary>
    public readonly void Close()
    {
        if (_listOpen)
        {
            builder.Append(')');
        }
    }

    // The value's placeholder, formatted as the line writes the value: a string (escaped, as its structured value is)
    // as it is, not quoted; a date or time round-trip. A key that is not a property name to Serilog or
    // Microsoft.Extensions.Logging (letters, digits, '_') would be written as text, braces and all: its value is
    // written in its place.
    private readonly void Placeholder(string key, object? value)
    {
        if (!IsPropertyName(key))
        {
            var text = new StringBuilder();
            ValueText.AppendValue(text, value);
            AppendLiteral(builder, text.ToString());
            return;
        }

        var structured = ValueText.StructuredValue(value);
        builder.Append('{').Append(key).Append(
            structured is string ? ":l}"
            : structured is not null && ValueText.IsDateOrTime(structured) ? ":" + ValueText.RoundTrip + "}"
            : "}");
    }

    private static bool IsPropertyName(string key)
    {
        if (key.Length == 0 || char.IsDigit(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // Text in a message template: a brace is doubled, so that it is text, not the start or end of a placeholder.
    private static void AppendLiteral(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            builder.Append(c);
            if (c is '{' or '}')
            {
                builder.Append(c);
            }
        }
    }
}

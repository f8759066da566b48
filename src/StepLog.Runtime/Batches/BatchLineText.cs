using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepLog;

/// <summary>
/// Writes a batch line in its fixed format, or its message template (the same line with <c>{field}</c> placeholders in
/// place of values) for structured sinks such as Serilog. One layout writes both, so that a sink that renders the
/// template from the line's fields writes the line's text.
/// </summary>
internal static class BatchLineText
{
    // A template depends only on the line's kind, its fields (a kind's fields for a given count are the same keys in the
    // same order: START with or without resumed, PROGRESS with or without eta_seconds, INTERRUPTED with or without
    // abandoned) and, for an item that stopped, the word it shows (CANCELLED or ABANDONED). Made once per shape, by the
    // first line of that shape a structured sink reads; never per line.
    private static readonly ConcurrentDictionary<(StepEvent Kind, int Fields, string? Word), string> Templates = new();

    public static string Format(BatchLine line, StepSymbols symbols) => Write(line, symbols, template: false);

    /// <summary>
    /// The line's message template. Its symbols are the emoji, as the message (<see cref="BatchLine.Formatter"/>) and an
    /// operation line's template have, whatever symbols a console formatter shows.
    /// </summary>
    public static string Template(BatchLine line)
    {
        var shape = (line.Kind, line.Fields.Length, line.Kind == StepEvent.StepCancelled ? line.Text : null);
        return Templates.TryGetValue(shape, out var template)
            ? template
            : Templates.GetOrAdd(shape, Write(line, StepSymbols.Emoji, template: true));
    }

    private static string Write(BatchLine line, StepSymbols symbols, bool template)
    {
        var builder = new StringBuilder(96);
        var writer = new Writer(builder, line.Fields, template);
        builder.Append(SymbolTable.Prefix(line.Kind, symbols));
        switch (line.Kind)
        {
            case StepEvent.OperationStart:
                builder.Append("START: ");
                writer.Text("operation", line.OperationName);
                writer.List(0);
                break;
            case StepEvent.BatchProgress:
                builder.Append("PROGRESS: ");
                writer.Text("operation", line.OperationName);
                builder.Append(' ');
                writer.Value(0);
                builder.Append('/');
                writer.Value(1);
                writer.List(2);
                break;
            case StepEvent.StepSuccess:
                ItemHead(writer, line);
                builder.Append(" - SUCCESS");
                writer.Duration();
                break;
            case StepEvent.StepFailure:
                ItemHead(writer, line);
                builder.Append(" - FAILED: ");
                writer.Text("error", line.Text);
                writer.Duration();
                break;
            case StepEvent.StepCancelled:
                ItemHead(writer, line);
                builder.Append(" - ").Append(line.Text ?? "CANCELLED");
                writer.Duration();
                break;
            case StepEvent.StepWarning:
                writer.Text("operation", line.OperationName);
                builder.Append(" - WARNING: ");
                writer.Text("message", line.Text);
                break;
            case StepEvent.OperationComplete:
                builder.Append("COMPLETE: ");
                writer.Text("operation", line.OperationName);
                writer.List(0);
                break;
            default:
                builder.Append("INTERRUPTED: ");
                writer.Text("operation", line.OperationName);
                writer.List(0);
                break;
        }

        return builder.ToString();
    }

    // "[i/N] id": the item's place and id are its fields step_number, total_steps and item.
    private static void ItemHead(Writer writer, BatchLine line)
    {
        writer.Builder.Append('[');
        writer.Value(1);
        writer.Builder.Append('/');
        writer.Value(2);
        writer.Builder.Append("] ");
        writer.Text("item", line.StepName);
    }

    /// <summary>Appends a line's values, or their placeholders in a template.</summary>
    private readonly struct Writer(StringBuilder builder, KeyValuePair<string, object?>[] fields, bool template)
    {
        public StringBuilder Builder => builder;

        // Text as the line shows it (escaped, and cut when it is very long). In a template, ":l" asks Serilog for the
        // field's string as it is, not quoted: the field holds it escaped already.
        public void Text(string field, string? value)
        {
            if (template)
            {
                builder.Append('{').Append(field).Append(":l}");
            }
            else
            {
                ValueText.AppendEscaped(builder, value);
            }
        }

        // A number with the one decimal the line shows when it is not a count; in a template, ":0.0" keeps that decimal
        // when a sink renders it (Serilog writes 500.0 as 500).
        public void Value(int index)
        {
            var field = fields[index];
            if (template)
            {
                builder.Append('{').Append(field.Key).Append(field.Value is double ? ":0.0}" : "}");
            }
            else
            {
                builder.Append(Number(field.Value));
            }
        }

        /// <summary>" (k=v, k=v)" from the field at index first to the last; nothing when there is none.</summary>
        public void List(int first)
        {
            if (first >= fields.Length)
            {
                return;
            }

            builder.Append(" (");
            for (var i = first; i < fields.Length; i++)
            {
                if (i > first)
                {
                    builder.Append(", ");
                }

                builder.Append(fields[i].Key).Append('=');
                Value(i);
            }

            builder.Append(')');
        }

        // An item line's id, status and error are in its head: only its duration, the last field, is listed.
        public void Duration() => List(fields.Length - 1);

        private static string Number(object? value) => value switch
        {
            double d => d.ToString("0.0", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
        };
    }
}

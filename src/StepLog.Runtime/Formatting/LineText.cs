using System.Globalization;
using System.Text;

namespace StepLog;

/// <summary>
/// Writes a StepLog line in its fixed format, or its message template (the same line with <c>{field}</c>
/// placeholders in place of values) for structured sinks such as Serilog.
/// </summary>
internal static class LineText
{
    public static void Append<TMetadata>(StringBuilder builder, in StepLogEntry<TMetadata> entry, StepSymbols symbols, bool template)
        where TMetadata : struct, IStepMetadata
    {
        var line = new Writer(builder, template);
        builder.Append(SymbolTable.Prefix(entry.Kind, symbols));

        // One case per kind of line, written out (duplicates reports them as alike): each case is that line's format as
        // it reads, and a table of delegates or format strings would cost a call or an allocation on the hot path.
        switch (entry.Kind)
        {
            case StepEvent.OperationStart:
                builder.Append("START: ");
                line.Text("operation", entry.OperationName);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Close();
                break;

            case StepEvent.StepStart:
                StepHead(line, entry);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Close();
                break;

            case StepEvent.StepSuccess:
                StepHead(line, entry);
                builder.Append(" - SUCCESS");
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("duration_ms", entry.Duration);
                line.Close();
                break;

            case StepEvent.StepFailure:
                StepHead(line, entry);
                builder.Append(" - FAILED: ");
                line.Text("error", entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("duration_ms", entry.Duration);
                line.Close();
                break;

            case StepEvent.StepSkipped:
                StepHead(line, entry);
                builder.Append(" - SKIPPED: ");
                line.Text("reason", entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Close();
                break;

            case StepEvent.StepCancelled:
                StepHead(line, entry);
                builder.Append(" - CANCELLED");
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("duration_ms", entry.Duration);
                line.Close();
                break;

            case StepEvent.StepWarning:
                StepHead(line, entry);
                builder.Append(" - WARNING: ");
                line.Text("message", entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("duration_ms", entry.Duration);
                line.Close();
                break;

            case StepEvent.StepRetry:
                StepHead(line, entry);
                builder.Append(" - RETRY ");
                line.Number("attempt", entry.Attempt);
                builder.Append(": ");
                line.Text("error", entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("duration_ms", entry.Duration);
                line.Close();
                break;

            case StepEvent.OperationComplete:
                builder.Append("COMPLETE: ");
                line.Text("operation", entry.OperationName);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("total_duration_ms", entry.Duration);
                line.Close();
                break;

            case StepEvent.OperationIncomplete:
                builder.Append("INCOMPLETE: ");
                line.Text("operation", entry.OperationName);
                line.Key("last_step");
                line.Number("last_step", entry.StepNumber);
                if (entry.TotalSteps > 0)
                {
                    builder.Append('/');
                    line.Number("total_steps", entry.TotalSteps);
                }

                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration("total_duration_ms", entry.Duration);
                line.Close();
                break;
        }
    }

    // "[n/N] name", or "[n] name" where the number of steps is unknown.
    private static void StepHead<TMetadata>(Writer line, in StepLogEntry<TMetadata> entry)
        where TMetadata : struct, IStepMetadata
    {
        line.Builder.Append('[');
        line.Number("step_number", entry.StepNumber);
        if (entry.TotalSteps > 0)
        {
            line.Builder.Append('/');
            line.Number("total_steps", entry.TotalSteps);
        }

        line.Builder.Append("] ");
        line.Text("step", entry.StepName);
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

    /// <summary>Appends values, and the " (k=v, k=v)" list that closes most lines.</summary>
    private struct Writer(StringBuilder builder, bool template)
    {
        private bool _listOpen;

        public readonly StringBuilder Builder => builder;

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

        public void Duration(string field, double milliseconds)
        {
            if (double.IsNaN(milliseconds))
            {
                return;
            }

            Key(field);
            if (template)
            {
                // The format keeps the one decimal when a sink renders the template (Serilog writes 516.0 as 516).
                builder.Append('{').Append(field).Append(":0.0}");
            }
            else
            {
                builder.Append(milliseconds.ToString("0.0", CultureInfo.InvariantCulture));
            }
        }

        public readonly void Close()
        {
            if (_listOpen)
            {
                builder.Append(')');
            }
        }
    }
}

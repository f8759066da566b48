using System.Text;
using StepLog.Shared;

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
        var line = new LineWriter(builder, template);
        builder.Append(SymbolTable.Prefix(entry.Kind, symbols));

        // One case per kind of line, written out (duplicates reports them as alike): each case is that line's format as it reads, and a table of delegates
        // or format strings would cost a call or an allocation on the hot path. The rules they share are LineWriter's.
        switch (entry.Kind)
        {
            case StepEvent.OperationStart:
                line.RunHead(LineWords.Start, entry.OperationName);
                line.Metadata(entry.Metadata, entry.Kind);
                break;

            case StepEvent.StepStart:
                StepHead(line, entry);
                line.Metadata(entry.Metadata, entry.Kind);
                break;

            case StepEvent.StepSuccess:
                StepHead(line, entry);
                line.Outcome(LineWords.Success);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.DurationMs, entry.Duration);
                break;

            case StepEvent.StepFailure:
                StepHead(line, entry);
                line.Outcome(LineWords.Failed, LineFieldNames.Error, entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.DurationMs, entry.Duration);
                break;

            case StepEvent.StepSkipped:
                StepHead(line, entry);
                line.Outcome(LineWords.Skipped, LineFieldNames.Reason, entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                break;

            case StepEvent.StepCancelled:
                StepHead(line, entry);
                line.Outcome(LineWords.Cancelled);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.DurationMs, entry.Duration);
                break;

            case StepEvent.StepWarning:
                StepHead(line, entry);
                line.Outcome(LineWords.Warning, LineFieldNames.Message, entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.DurationMs, entry.Duration);
                break;

            case StepEvent.StepRetry:
                StepHead(line, entry);
                line.Outcome(LineWords.Retry);
                builder.Append(' ');
                line.Number(LineFieldNames.Attempt, entry.Attempt);
                builder.Append(": ");
                line.Text(LineFieldNames.Error, entry.Text);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.DurationMs, entry.Duration);
                break;

            case StepEvent.OperationComplete:
                line.RunHead(LineWords.Complete, entry.OperationName);
                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.TotalDurationMs, entry.Duration);
                break;

            case StepEvent.OperationIncomplete:
                line.RunHead(LineWords.Incomplete, entry.OperationName);
                line.Key(LineFieldNames.LastStep);
                line.Number(LineFieldNames.LastStep, entry.StepNumber);
                if (entry.TotalSteps > 0)
                {
                    builder.Append('/');
                    line.Number(LineFieldNames.TotalSteps, entry.TotalSteps);
                }

                line.Metadata(entry.Metadata, entry.Kind);
                line.Duration(LineFieldNames.TotalDurationMs, entry.Duration);
                break;
        }

        line.Close();
    }

    private static void StepHead<TMetadata>(in LineWriter line, in StepLogEntry<TMetadata> entry)
        where TMetadata : struct, IStepMetadata =>
        line.PlaceHead(LineFieldNames.Step, entry.StepName, entry.StepNumber, entry.TotalSteps);
}

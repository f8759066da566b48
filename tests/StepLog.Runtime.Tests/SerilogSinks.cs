using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace StepLog.Runtime.Tests;

/// <summary>Writes each event with a Serilog text formatter, as a file or console sink does.</summary>
internal sealed class FormattingSink(ITextFormatter formatter, TextWriter output) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => formatter.Format(logEvent, output);
}

/// <summary>Keeps Serilog's events, to read their template and properties.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    public List<LogEvent> Events { get; } = [];

    public void Emit(LogEvent logEvent) => Events.Add(logEvent);
}

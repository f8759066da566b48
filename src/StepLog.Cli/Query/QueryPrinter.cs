using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StepLog.Cli.Model;
using StepLog.Cli.Text;

namespace StepLog.Cli.Query;

/// <summary>
/// Prints the lines that match as the correlator places them: as they were (control characters escaped, so a log
/// cannot drive the terminal; prefixed with <c>file:line:</c> when several files are read, as grep does) or as JSON Lines.
/// </summary>
internal sealed class QueryPrinter : IOperationObserver
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly QueryFilter _filter;
    private readonly TextWriter _output;
    private readonly bool _json;
    private readonly bool _withFile;
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public QueryPrinter(QueryFilter filter, TextWriter output, bool json, bool withFile)
    {
        _filter = filter;
        _output = output;
        _json = json;
        _withFile = withFile;
    }

    public long Matches { get; private set; }

    public void EventRead(LogEvent logEvent, OperationRun operation, StepRun? step)
    {
        if (_filter.Matches(logEvent, operation, step))
        {
            Print(logEvent, operation, QueryFilter.StatusOf(logEvent));
        }
    }

    public void OperationEnded(OperationRun operation)
    {
        if (operation.IncompleteReason == IncompleteReason.CutOff && _filter.MatchesCutOff(operation))
        {
            Print(operation.LastEvent!, operation, "incomplete");
        }
    }

    private void Print(LogEvent line, OperationRun operation, string status)
    {
        Matches++;
        if (_json)
        {
            _buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(_buffer, JsonOptions))
            {
                EventJson.Write(json, line, operation, status);
            }

            _output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            return;
        }

        var text = SafeText.Clean(line.Raw);
        _output.WriteLine(_withFile ? $"{SafeText.Clean(line.File)}:{line.Line}:{text}" : text);
    }
}

using System;
using System.Collections.Generic;
using System.IO;

namespace StepLog.Cli.Watching;

/// <summary>
/// One plain line each time a batch's status, count or failures change, or a new run (another operation id) rewrites its
/// file (not for every rewrite of its rate), and one when a file becomes unreadable: for a log, a pipe or a CI job. No ANSI code, no carriage return.
/// </summary>
internal sealed class PlainProgressView(TextWriter output) : IProgressView
{
    private readonly Dictionary<string, string> _shown = new(StringComparer.Ordinal);
    private string? _waiting;

    public void Show(IReadOnlyList<ProgressReading> readings)
    {
        foreach (var reading in readings)
        {
            var key = reading.Progress is { } progress
                ? FormattableString.Invariant($"{progress.Operation}|{progress.OperationId}|{progress.Status}|{progress.Processed}|{progress.Total}|{progress.Failed}")
                : "?" + reading.Problem;
            if (_shown.TryGetValue(reading.Path, out var shown) && shown == key)
            {
                continue;
            }

            _shown[reading.Path] = key;
            output.WriteLine(ProgressText.Line(reading));
        }

        output.Flush();
    }

    public void Waiting(string message)
    {
        if (_waiting == message)
        {
            return;
        }

        _waiting = message;
        output.WriteLine(message);
        output.Flush();
    }
}

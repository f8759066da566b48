using System;
using System.Collections.Generic;
using System.IO;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>
/// Streams the StepLog events of the inputs, in order, reading several inputs at once and parsing on every core with a
/// few batches of lines in memory at a time (<see cref="ParallelLineReading"/>), or on the caller's thread one line at
/// a time; counts every line it skips.
/// A file that cannot be opened or read stops the reading with an <see cref="IOException"/> naming it
/// (<see cref="InputLines"/>).
/// </summary>
internal sealed class LogReader
{
    private readonly Func<InputSource, Stream> _open;
    private readonly int _workers;

    /// <param name="standardInput">Where <c>-</c> reads from; the process's standard input when null (tests pass their own).</param>
    /// <param name="workers">
    /// Threads that parse lines, the caller's included (<see cref="ParallelLineReading"/>); one reads on the caller's
    /// thread alone. Default: one per core. The events, statistics and problems are the same whatever the number.
    /// </param>
    /// <param name="open">Opens an input; <see cref="InputSource.Open"/> when null (tests pass streams of their own).</param>
    public LogReader(Func<Stream>? standardInput = null, int? workers = null, Func<InputSource, Stream>? open = null)
    {
        _open = open ?? (source => source.Open(standardInput));
        _workers = Math.Max(1, workers ?? Environment.ProcessorCount);
    }

    public ReadStatistics Statistics { get; } = new();

    /// <summary>The events of every input in turn; after each file, <paramref name="endOfFile"/> is called with its name.</summary>
    public IEnumerable<LogEvent> Read(IEnumerable<InputSource> sources, Action<string>? endOfFile = null) =>
        _workers > 1 ? new ParallelLineReading(Statistics, _open, _workers - 1).Read(sources, endOfFile) : ReadOnOneThread(sources, endOfFile);

    private IEnumerable<LogEvent> ReadOnOneThread(IEnumerable<InputSource> sources, Action<string>? endOfFile)
    {
        var parser = new LineParser(Statistics);
        foreach (var source in sources)
        {
            Statistics.Files++;
            parser.NewFile();
            using var lines = new InputLines(source, _open);
            while (lines.TryRead(out var line))
            {
                if (parser.Parse(line, source.Name) is { } logEvent)
                {
                    yield return logEvent;
                }
            }

            if (lines.Corrupt is { } corrupt)
            {
                Statistics.AddCorruptData(source.Name, lines.BytesRead, corrupt);
            }

            Statistics.Bytes += lines.BytesRead;
            endOfFile?.Invoke(source.Name);
        }
    }
}

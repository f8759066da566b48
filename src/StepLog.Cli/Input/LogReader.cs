using System;
using System.Collections.Generic;
using System.IO;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>
/// Streams the StepLog events of the inputs, in order, parsing on every core with a few batches of lines in memory at a
/// time (<see cref="ParallelLineReading"/>), or on the caller's thread one line at a time; counts every line it skips.
/// A file that cannot be opened or read stops the reading with an <see cref="IOException"/> naming it.
/// </summary>
internal sealed class LogReader
{
    private readonly Func<Stream>? _standardInput;
    private readonly int _workers;

    /// <param name="standardInput">Where <c>-</c> reads from; the process's standard input when null (tests pass their own).</param>
    /// <param name="workers">
    /// Threads that parse lines, the caller's included (<see cref="ParallelLineReading"/>); one reads on the caller's
    /// thread alone. Default: one per core. The events, statistics and problems are the same whatever the number.
    /// </param>
    public LogReader(Func<Stream>? standardInput = null, int? workers = null)
    {
        _standardInput = standardInput;
        _workers = Math.Max(1, workers ?? Environment.ProcessorCount);
    }

    public ReadStatistics Statistics { get; } = new();

    /// <summary>The events of every input in turn; after each file, <paramref name="endOfFile"/> is called with its name.</summary>
    public IEnumerable<LogEvent> Read(IEnumerable<InputSource> sources, Action<string>? endOfFile = null) =>
        _workers > 1 ? new ParallelLineReading(Statistics, Open, _workers - 1).Read(sources, endOfFile) : ReadOnOneThread(sources, endOfFile);

    private IEnumerable<LogEvent> ReadOnOneThread(IEnumerable<InputSource> sources, Action<string>? endOfFile)
    {
        var parser = new LineParser(Statistics);
        foreach (var source in sources)
        {
            Statistics.Files++;
            parser.NewFile();
            using var stream = Open(source);
            var reader = new LineReader(stream);
            while (true)
            {
                RawLine line;
                try
                {
                    if (!reader.TryRead(out line))
                    {
                        break;
                    }
                }
                catch (InvalidDataException error)
                {
                    // A gzip file cut short or corrupt: what was read counts, the rest is reported.
                    Statistics.InvalidLines++;
                    Statistics.AddProblem(source.Name, reader.BytesRead, "compressed data is corrupt or cut short: " + error.Message);
                    break;
                }

                var logEvent = parser.Parse(line, source.Name);
                if (logEvent is not null)
                {
                    yield return logEvent;
                }
            }

            Statistics.Bytes += reader.BytesRead;
            endOfFile?.Invoke(source.Name);
        }
    }

    private Stream Open(InputSource source)
    {
        try
        {
            return source.Open(_standardInput);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot read '{source.Name}': {error.Message}", error);
        }
    }
}

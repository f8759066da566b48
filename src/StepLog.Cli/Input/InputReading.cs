using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;

namespace StepLog.Cli.Input;

/// <summary>
/// One input read by a reader thread (<see cref="ReadAhead"/>): its lines are read and screened in order
/// (which continue an entry: <see cref="ContinuationLines"/>) and put in batches; each batch goes to the input's own
/// queue, bounded so that a reader ahead of the consumer waits for it, then to the workers' if it has lines to parse.
/// </summary>
internal sealed class InputReading : IDisposable
{
    private readonly ManualResetEventSlim _ended = new();

    /// <param name="source">The input.</param>
    /// <param name="capacity">The batches its queue holds before its reader waits for the consumer.</param>
    public InputReading(InputSource source, int capacity)
    {
        Source = source;
        Batches = new BlockingCollection<LineBatch>(capacity);

        // Opening a FIFO waits for its writer, and two readers of standard input would split it between them.
        MayReadAhead = source.Path is { } path && RegularFile.Is(path);
    }

    public InputSource Source { get; }

    /// <summary>The input's batches in order: the first starts the file, the last ends it or carries what stopped it.</summary>
    public BlockingCollection<LineBatch> Batches { get; }

    /// <summary>Whether the input may be read before its turn comes: a regular file, not standard input, a FIFO or a device.</summary>
    public bool MayReadAhead { get; }

    /// <summary>Whether it has been handed to a reader (<see cref="ReadAhead"/>).</summary>
    public bool Started { get; set; }

    /// <summary>Waits until its reader has done with it, having completed <see cref="Batches"/>.</summary>
    public void WaitEnded() => _ended.Wait();

    /// <summary>Its queue and what tells its end; once it has ended, or will never be read.</summary>
    public void Dispose()
    {
        Batches.Dispose();
        _ended.Dispose();
    }

    /// <summary>Reads the input into <see cref="Batches"/>, on the reader's thread, until its end, an error, or <paramref name="stop"/>.</summary>
    public void Read(Func<InputSource, Stream> open, BlockingCollection<LineBatch> toParse, CancellationToken stop)
    {
        void Send(LineBatch batch)
        {
            Batches.Add(batch, stop);
            if (!batch.NeedsParsing)
            {
                batch.TryClaim();
                batch.MarkParsed();
            }
            else
            {
                toParse.Add(batch, stop);
            }
        }

        var screen = new LineParser(new ReadStatistics());
        var batch = new LineBatch(Source) { StartsFile = true };
        try
        {
            try
            {
                using var lines = new InputLines(Source, open);
                while (lines.TryRead(out var line))
                {
                    if (batch.IsFull)
                    {
                        Send(batch);
                        batch = new LineBatch(Source);
                    }

                    batch.Add(line, screen.Screen(line));
                }

                batch.Corrupt = lines.Corrupt is { } corrupt ? (corrupt, lines.BytesRead) : null;
                batch.EndsFileAfterBytes = lines.BytesRead;
                Send(batch);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Thrown to the consumer where it happened: after the lines read before it.
                Send(batch);
                Send(new LineBatch(Source) { Failure = error });
            }
        }
        catch (OperationCanceledException)
        {
            // The consumer stopped: an error in an input before this one, or it has what it wanted.
        }
        finally
        {
            Batches.CompleteAdding();
            _ended.Set();
        }
    }
}

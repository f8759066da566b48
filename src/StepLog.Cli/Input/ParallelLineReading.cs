using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads the inputs with the parsing spread over several threads, the events handed on in the inputs' order, as the
/// one-thread reading hands them: one thread reads the lines and screens them in order (which lines continue an
/// entry: <see cref="ContinuationLines"/>), workers parse the rest in batches (<see cref="LineBatch"/>), and the
/// caller's thread counts the lines and takes the events batch by batch, in order, parsing the next batch itself when
/// no worker has taken it yet (so that it does not wait while a core is free). At most <see cref="BatchesInFlight"/>
/// batches are held at once, so memory does not grow with the input, and few enough that what they hold is mostly
/// gone by the next collection of young objects.
/// </summary>
internal sealed class ParallelLineReading
{
    private readonly ReadStatistics _statistics;
    private readonly Func<InputSource, Stream> _open;
    private readonly int _workers;

    /// <param name="statistics">Where the lines are counted, on the caller's thread.</param>
    /// <param name="open">Opens an input.</param>
    /// <param name="workers">Threads that parse besides the caller's, one at least.</param>
    public ParallelLineReading(ReadStatistics statistics, Func<InputSource, Stream> open, int workers)
    {
        _statistics = statistics;
        _open = open;
        _workers = workers;
    }

    private int BatchesInFlight => 2 * (_workers + 1);

    /// <summary>The events of every input in turn; after each file, <paramref name="endOfFile"/> is called with its name.</summary>
    public IEnumerable<LogEvent> Read(IEnumerable<InputSource> sources, Action<string>? endOfFile)
    {
        using var stop = new CancellationTokenSource();
        using var inOrder = new BlockingCollection<LineBatch>(BatchesInFlight);
        using var toParse = new BlockingCollection<LineBatch>();
        var workers = new Task[_workers];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(() => Work(toParse, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var parser = new LineParser(new ReadStatistics());
        var reader = Task.Factory.StartNew(() => ReadLines(sources, inOrder, toParse, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in inOrder.GetConsumingEnumerable(stop.Token))
            {
                if (batch.StartsFile)
                {
                    _statistics.Files++;
                }

                if (batch.TryClaim())
                {
                    ParseClaimed(batch, parser);
                }

                batch.WaitParsed(stop.Token);
                if (batch.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    if (LineParser.Count(batch.Results[i]!.Value, _statistics, batch.Source.Name) is { } logEvent)
                    {
                        yield return logEvent;
                    }
                }

                if (batch.Corrupt is { } corrupt)
                {
                    _statistics.InvalidLines++;
                    _statistics.AddProblem(batch.Source.Name, corrupt.BytesRead, "compressed data is corrupt or cut short: " + corrupt.Message);
                }

                if (batch.EndsFileAfterBytes is { } bytes)
                {
                    _statistics.Bytes += bytes;
                    endOfFile?.Invoke(batch.Source.Name);
                }
            }
        }
        finally
        {
            // A consumer that stops early (an error, a query that has its answer) stops the reader and the workers.
            stop.Cancel();
            toParse.CompleteAdding();
            Task.WaitAll([reader, .. workers], TimeSpan.FromSeconds(30));
        }
    }

    private static void Work(BlockingCollection<LineBatch> toParse, CancellationToken stop)
    {
        var parser = new LineParser(new ReadStatistics());
        try
        {
            foreach (var batch in toParse.GetConsumingEnumerable(stop))
            {
                if (batch.TryClaim())
                {
                    ParseClaimed(batch, parser);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void ParseClaimed(LineBatch batch, LineParser parser)
    {
        try
        {
            batch.Parse(parser);
        }
        catch (Exception fault)
        {
            // The consumer throws it where the one-thread reading would have: at this batch.
            batch.Failure = fault;
        }

        batch.MarkParsed();
    }

    // Reads and screens the lines in order; a batch goes to the consumer's queue first (which bounds the batches in
    // flight), then to the workers' if it has lines to parse.
    private void ReadLines(IEnumerable<InputSource> sources, BlockingCollection<LineBatch> inOrder, BlockingCollection<LineBatch> toParse, CancellationToken stop)
    {
        void Send(LineBatch batch)
        {
            inOrder.Add(batch, stop);
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
        try
        {
            foreach (var source in sources)
            {
                screen.NewFile();
                var batch = new LineBatch(source) { StartsFile = true };
                try
                {
                    using var stream = _open(source);
                    var lines = new LineReader(stream);
                    while (true)
                    {
                        RawLine line;
                        try
                        {
                            if (!lines.TryRead(out line))
                            {
                                break;
                            }
                        }
                        catch (InvalidDataException error)
                        {
                            batch.Corrupt = (error.Message, lines.BytesRead);
                            break;
                        }

                        if (batch.IsFull)
                        {
                            Send(batch);
                            batch = new LineBatch(source);
                        }

                        batch.Add(line, screen.Screen(line));
                    }

                    batch.EndsFileAfterBytes = lines.BytesRead;
                    Send(batch);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // Thrown to the consumer where it happened: after the lines read before it.
                    Send(batch);
                    Send(new LineBatch(source) { Failure = error });
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            inOrder.CompleteAdding();
        }
    }
}

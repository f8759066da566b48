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
/// Reads the inputs with the reading and parsing spread over several threads, the events handed on in the inputs'
/// order, as the one-thread reading hands them: several inputs are read at once, each by a thread of its own that reads
/// its lines and screens them in order (which lines continue an entry: <see cref="ContinuationLines"/>; which inputs
/// and when: <see cref="ReadAhead"/>), workers parse the rest in batches (<see cref="LineBatch"/>), and the caller's
/// thread takes the batches input by input, in order, parsing the next batch itself when no worker has taken it yet
/// (so that it does not wait while a core is free), counts the lines and hands the events on. The inputs read at once
/// share at most <see cref="BatchesInFlight"/> batches, so memory does not grow with the input or with their number,
/// and few enough that what they hold is mostly gone by the next collection of young objects (sixteen batches per
/// input on two cores took a sixth more CPU time than four, and half again the memory).
/// </summary>
internal sealed class ParallelLineReading
{
    private readonly ReadStatistics _statistics;
    private readonly Func<InputSource, Stream> _open;
    private readonly int _workers;

    /// <param name="statistics">Where the lines are counted, on the caller's thread.</param>
    /// <param name="open">Opens an input.</param>
    /// <param name="workers">Threads that parse besides the caller's, one at least; as many inputs as threads are read at once.</param>
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
        using var toParse = new BlockingCollection<LineBatch>();
        var workers = new Task[_workers];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(() => Work(toParse, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var parser = new LineParser(new ReadStatistics());
        // As many inputs at once as threads, sharing the batches in flight (each input two at least): memory is the same
        // for one input or several, and does not grow with the number of cores more than it did.
        var readers = Math.Min(_workers + 1, sources is IReadOnlyCollection<InputSource> known ? Math.Max(1, known.Count) : int.MaxValue);
        var inputs = new ReadAhead(sources, _open, toParse, readers, batchesPerInput: Math.Max(2, BatchesInFlight / readers), stop.Token);
        try
        {
            while (inputs.Next() is { } input)
            {
                foreach (var batch in input.Batches.GetConsumingEnumerable(stop.Token))
                {
                    Begin(batch, parser, stop.Token);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (LineParser.Count(batch.Results[i]!.Value, _statistics, batch.Source.Name) is { } logEvent)
                        {
                            yield return logEvent;
                        }
                    }

                    End(batch, endOfFile);
                }
            }
        }
        finally
        {
            // A consumer that stops early (an error, a query that has its answer) stops the readers and the workers.
            stop.Cancel();
            toParse.CompleteAdding();
            inputs.Dispose();
            Task.WaitAll(workers, TimeSpan.FromSeconds(30));
        }
    }

    // A batch in its input's order, before its lines are counted: parsed (by this thread if no worker has taken it).
    private void Begin(LineBatch batch, LineParser parser, CancellationToken stop)
    {
        if (batch.StartsFile)
        {
            _statistics.Files++;
        }

        if (batch.TryClaim())
        {
            ParseClaimed(batch, parser);
        }

        batch.WaitParsed(stop);
        if (batch.Failure is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    // After its lines: what ended the file.
    private void End(LineBatch batch, Action<string>? endOfFile)
    {
        if (batch.Corrupt is { } corrupt)
        {
            _statistics.AddCorruptData(batch.Source.Name, corrupt.BytesRead, corrupt.Message);
        }

        if (batch.EndsFileAfterBytes is { } bytes)
        {
            _statistics.Bytes += bytes;
            endOfFile?.Invoke(batch.Source.Name);
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
}

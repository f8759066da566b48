using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Cli.Input;

/// <summary>
/// Which inputs are read at once (<see cref="ParallelLineReading"/>): the one the consumer is on and the next ones, up
/// to a number of readers (<see cref="InputReading"/>). They are handed to the reader threads in the inputs' order, so
/// the input the consumer waits for always has a reader, and each has a queue of its own, so no reader ahead can hold
/// it up. An input is let go when the consumer has taken its last batch, and only then does the next one start: memory
/// holds the batches of at most that many inputs, whatever their number, and as many threads read them, however many
/// there are. An input that may not be read ahead (standard input, a FIFO, a device) starts when its turn comes.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    /// <summary>How long the end of a reading waits for the readers to stop: one blocked in the system (a FIFO's open) cannot be woken.</summary>
    private static readonly TimeSpan ReaderStop = TimeSpan.FromSeconds(30);

    private readonly IEnumerator<InputSource> _sources;
    private readonly Func<InputSource, Stream> _open;
    private readonly BlockingCollection<LineBatch> _toParse;
    private readonly CancellationToken _stop;
    private readonly int _readers;
    private readonly int _batchesPerInput;
    private readonly Queue<InputReading> _window = new();
    private readonly BlockingCollection<InputReading> _toRead = new();
    private readonly List<Task> _readerThreads = [];
    private bool _onFirst;

    /// <param name="sources">The inputs, in the order their events are handed on.</param>
    /// <param name="open">Opens an input.</param>
    /// <param name="toParse">Where the readers put the batches that have lines to parse.</param>
    /// <param name="readers">How many inputs are read at once, one at least.</param>
    /// <param name="batchesPerInput">The batches an input's queue holds before its reader waits for the consumer.</param>
    /// <param name="stop">Stops the readers: the consumer has ended.</param>
    public ReadAhead(IEnumerable<InputSource> sources, Func<InputSource, Stream> open, BlockingCollection<LineBatch> toParse, int readers, int batchesPerInput, CancellationToken stop)
    {
        _sources = sources.GetEnumerator();
        _open = open;
        _toParse = toParse;
        _readers = Math.Max(1, readers);
        _batchesPerInput = batchesPerInput;
        _stop = stop;
    }

    /// <summary>
    /// The next input, its reading started, once the consumer has taken every batch of the one before; the inputs after
    /// it are started as far as there are readers. Null after the last input.
    /// </summary>
    public InputReading? Next()
    {
        if (_onFirst)
        {
            // Its reader has completed its queue and is letting it go.
            var done = _window.Dequeue();
            done.WaitEnded();
            done.Dispose();
        }

        while (_window.Count < _readers && _sources.MoveNext())
        {
            _window.Enqueue(new InputReading(_sources.Current, _batchesPerInput));
        }

        var first = true;
        foreach (var reading in _window)
        {
            if (!reading.Started && (first || reading.MayReadAhead))
            {
                Start(reading);
            }

            first = false;
        }

        _onFirst = _window.Count > 0;
        return _onFirst ? _window.Peek() : null;
    }

    /// <summary>Waits for the readers, which the consumer's stop token has told to end, and lets the inputs go.</summary>
    public void Dispose()
    {
        _toRead.CompleteAdding();
        if (Task.WaitAll([.. _readerThreads], ReaderStop))
        {
            foreach (var reading in _window)
            {
                reading.Dispose();
            }

            _toRead.Dispose();
        }

        _window.Clear();
        _sources.Dispose();
    }

    // A reader takes the input at once: no more inputs are started than there are readers, and a reader is free again
    // before the consumer has taken its input's last batch, so before the next input starts.
    private void Start(InputReading reading)
    {
        reading.Started = true;
        _toRead.Add(reading, _stop);
        if (_readerThreads.Count < _readers)
        {
            _readerThreads.Add(Task.Factory.StartNew(ReadInTurn, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }
    }

    private void ReadInTurn()
    {
        try
        {
            foreach (var reading in _toRead.GetConsumingEnumerable(_stop))
            {
                reading.Read(_open, _toParse, _stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

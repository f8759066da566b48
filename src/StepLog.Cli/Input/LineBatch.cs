using System;
using System.Threading;

namespace StepLog.Cli.Input;

/// <summary>
/// A run of consecutive lines of one file on their way through the parallel reading (<see cref="ParallelLineReading"/>):
/// screened in order by the reader, parsed by a worker, counted and handed on in order by the consumer. Also carries
/// a file's start and end, and what stopped its reading.
/// </summary>
internal sealed class LineBatch
{
    /// <summary>Lines a batch holds: enough that handing one over costs little against parsing it, few enough that the batches in flight stay small.</summary>
    public const int Capacity = 1024;

    private readonly object _gate = new();
    private bool _parsed;
    private int _claimed;

    public LineBatch(InputSource source) => Source = source;

    public InputSource Source { get; }

    /// <summary>The file's first batch: the consumer counts the file before its lines.</summary>
    public bool StartsFile { get; init; }

    /// <summary>The file's last batch: the bytes it had, counted after its lines.</summary>
    public long? EndsFileAfterBytes { get; set; }

    /// <summary>The compressed file turned out corrupt or cut short after these lines: the message, and how far it was read.</summary>
    public (string Message, long BytesRead)? Corrupt { get; set; }

    /// <summary>The file could not be opened or read: thrown to the consumer in the place it happened.</summary>
    public Exception? Failure { get; set; }

    public RawLine[] Lines { get; } = new RawLine[Capacity];

    /// <summary>Each line's outcome: set by the reader when screening tells it, else by the worker.</summary>
    public ParsedLine?[] Results { get; } = new ParsedLine?[Capacity];

    public int Count { get; set; }

    public bool IsFull => Count == Capacity;

    /// <summary>Whether a worker has lines of it to parse.</summary>
    public bool NeedsParsing { get; set; }

    public void Add(in RawLine line, ParsedLine? screened)
    {
        Lines[Count] = line;
        Results[Count] = screened;
        NeedsParsing |= screened is null;
        Count++;
    }

    /// <summary>Whether this thread is the one to parse the batch: a worker, or the consumer that would otherwise wait for it.</summary>
    public bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;

    /// <summary>Parses the lines screening left, with the thread's own parser.</summary>
    public void Parse(LineParser parser)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Results[i] is null)
            {
                Results[i] = parser.ParseText(Lines[i].Text!, Lines[i].Number, Source.Name);
            }
        }
    }

    public void MarkParsed()
    {
        lock (_gate)
        {
            _parsed = true;
            Monitor.PulseAll(_gate);
        }
    }

    public void WaitParsed(CancellationToken cancellation)
    {
        lock (_gate)
        {
            while (!_parsed)
            {
                cancellation.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, 100);
            }
        }
    }
}

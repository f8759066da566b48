using System;
using System.IO;

namespace StepLog.Cli.Input;

/// <summary>
/// The lines of one input, opened and split (<see cref="LineReader"/>) the same way whichever thread reads them: an
/// input that cannot be opened or read throws an <see cref="IOException"/> that names it, where it happened; compressed
/// data found corrupt or cut short ends the lines (what was read before it counts) and is kept in <see cref="Corrupt"/>
/// for the statistics.
/// </summary>
internal sealed class InputLines : IDisposable
{
    private readonly InputSource _source;
    private readonly Stream _stream;
    private readonly LineReader _lines;

    /// <exception cref="IOException">The input could not be opened; the message names it.</exception>
    public InputLines(InputSource source, Func<InputSource, Stream> open)
    {
        _source = source;
        try
        {
            _stream = open(source);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(source, error);
        }

        _lines = new LineReader(_stream);
    }

    public long BytesRead => _lines.BytesRead;

    /// <summary>Why the compressed data ended the lines early, or null.</summary>
    public string? Corrupt { get; private set; }

    /// <summary>The next line; false at the end, or where the compressed data turned out corrupt.</summary>
    /// <exception cref="IOException">The input could not be read on; the message names it.</exception>
    public bool TryRead(out RawLine line)
    {
        line = default;
        if (Corrupt is not null)
        {
            return false;
        }

        try
        {
            return _lines.TryRead(out line);
        }
        catch (InvalidDataException error)
        {
            Corrupt = error.Message;
            return false;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(_source, error);
        }
    }

    public void Dispose() => _stream.Dispose();

    private static IOException CannotRead(InputSource source, Exception error) =>
        new($"cannot read '{source.Name}': {error.Message}", error);
}

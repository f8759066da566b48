using System;
using System.IO;
using System.Text;

namespace StepLog.Cli.Input;

/// <summary>
/// Splits a stream into lines on '\n' (a '\r' before it is dropped), holding at most one line in memory: a line longer
/// than <see cref="MaxLineBytes"/> is skipped as it streams past, so a file without line breaks cannot exhaust memory.
/// A last line without its line break (a file cut while being written) is still a line.
/// </summary>
internal sealed class LineReader
{
    /// <summary>The longest line read: StepLog cuts each value at 1024 characters, so its lines stay far below this.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _skippingLongLine;
    private long _number;

    public LineReader(Stream stream, int maxLineBytes = MaxLineBytes, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[Math.Min(bufferSize, maxLineBytes + 1)];
    }

    /// <summary>Bytes read so far, for progress and throughput.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The next line, or false at the end of the stream.</summary>
    public bool TryRead(out RawLine line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var content = pending[..newline];
                _start += newline + 1;
                line = Make(content);
                return true;
            }

            if (_endOfStream)
            {
                if (_end > _start || _skippingLongLine)
                {
                    var content = pending;
                    _start = _end;
                    line = Make(content);
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private RawLine Make(ReadOnlySpan<byte> content)
    {
        _number++;
        if (_skippingLongLine)
        {
            _skippingLongLine = false;
            return new RawLine(RawLineKind.TooLong, _number, null);
        }

        if (_number == 1 && content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (content.Length > 0 && content[^1] == (byte)'\r')
        {
            content = content[..^1];
        }

        if (content.IndexOf((byte)0) >= 0)
        {
            return new RawLine(RawLineKind.Binary, _number, null);
        }

        return new RawLine(RawLineKind.Text, _number, Utf8.GetString(content));
    }

    private void Fill()
    {
        if (_skippingLongLine)
        {
            // The long line's bytes so far are dropped; only its end is looked for.
            _start = _end = 0;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length > _maxLineBytes)
            {
                _skippingLongLine = true;
                _start = _end = 0;
            }
            else
            {
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 1L));
            }
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
        BytesRead += read;
    }
}

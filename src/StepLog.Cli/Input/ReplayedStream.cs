using System;
using System.IO;

namespace StepLog.Cli.Input;

/// <summary>
/// A read-only stream that gives back bytes already read from another stream, then the rest of that stream: how an
/// input that cannot seek (a pipe) is looked at before it is read.
/// </summary>
internal sealed class ReplayedStream(ReadOnlyMemory<byte> replayed, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _replayed = replayed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_replayed.IsEmpty)
        {
            return rest.Read(buffer);
        }

        var count = Math.Min(buffer.Length, _replayed.Length);
        _replayed.Span[..count].CopyTo(buffer);
        _replayed = _replayed[count..];
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}

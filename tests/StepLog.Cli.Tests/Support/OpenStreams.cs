using StepLog.Cli.Input;

namespace StepLog.Cli.Tests.Support;

/// <summary>
/// Opens a test's inputs and watches them: how many are open at once (the most, and now), whether the first one was
/// read while another was open, and what each input's stream is made of (a file, a stream that fails after some lines,
/// a stream without end). Its waits detect a missing concurrency or a hang; they assert no speed.
/// </summary>
internal sealed class OpenStreams
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly Dictionary<string, Func<Stream>> _special = new(StringComparer.Ordinal);
    private readonly List<WatchedStream> _opened = [];
    private readonly bool _firstWaitsForAnother;

    /// <param name="firstWaitsForAnother">
    /// Whether the first input opened waits, at its first read, until another is open (for at most ten seconds): so
    /// that inputs read at once are seen open together however fast the machine.
    /// </param>
    public OpenStreams(bool firstWaitsForAnother = false) => _firstWaitsForAnother = firstWaitsForAnother;

    public int OpenNow { get; private set; }

    public int MostOpenAtOnce { get; private set; }

    /// <summary>The inputs opened, once for each time one was.</summary>
    public IReadOnlyList<string> Opened
    {
        get
        {
            lock (_gate)
            {
                return _opened.Select(s => s.Name).ToList();
            }
        }
    }

    /// <summary>Whether every stream opened has been closed.</summary>
    public bool AllClosed
    {
        get
        {
            lock (_gate)
            {
                return _opened.All(s => s.Closed);
            }
        }
    }

    /// <summary>The inputs that were open when <paramref name="name"/> was opened.</summary>
    public IReadOnlyList<string> OpenWhenOpened(string name)
    {
        lock (_gate)
        {
            return _opened.Single(s => s.Name == name).OthersOpenAtOpen;
        }
    }

    /// <summary>The input of this name reads these bytes, then fails with an <see cref="IOException"/> of this message.</summary>
    public void FailAfter(string name, byte[] content, string message) =>
        _special[name] = () => new FailingStream(content, message);

    /// <summary>The input of this name reads this line again and again, without end.</summary>
    public void Endless(string name, string line) => _special[name] = () => new EndlessStream(line);

    /// <summary>The input of this name reads these bytes (standard input, or a file that is not on disk).</summary>
    public void Content(string name, byte[] content) => _special[name] = () => new MemoryStream(content);

    public Stream Open(InputSource source)
    {
        var inner = _special.TryGetValue(source.Name, out var make) ? make() : File.OpenRead(source.Path!);
        lock (_gate)
        {
            var others = _opened.Where(s => !s.Closed).Select(s => s.Name).ToList();
            var stream = new WatchedStream(this, source.Name, inner, waitsForAnother: _firstWaitsForAnother && _opened.Count == 0, others);
            _opened.Add(stream);
            OpenNow++;
            MostOpenAtOnce = Math.Max(MostOpenAtOnce, OpenNow);
            Monitor.PulseAll(_gate);
            return stream;
        }
    }

    private void WaitForAnother()
    {
        lock (_gate)
        {
            var until = DateTime.UtcNow + Patience;
            while (OpenNow < 2 && DateTime.UtcNow < until)
            {
                Monitor.Wait(_gate, until - DateTime.UtcNow);
            }
        }
    }

    private void Closed(WatchedStream stream)
    {
        lock (_gate)
        {
            if (!stream.Closed)
            {
                stream.Closed = true;
                OpenNow--;
            }
        }
    }

    private sealed class WatchedStream(OpenStreams owner, string name, Stream inner, bool waitsForAnother, IReadOnlyList<string> others) : ReadOnlyStream
    {
        private bool _waited = !waitsForAnother;

        public string Name { get; } = name;

        public IReadOnlyList<string> OthersOpenAtOpen { get; } = others;

        public bool Closed { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!_waited)
            {
                _waited = true;
                owner.WaitForAnother();
            }

            return inner.Read(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Closed(this);
            }

            base.Dispose(disposing);
        }
    }

    private sealed class FailingStream(byte[] content, string message) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, count) is var read and > 0 ? read : throw new IOException(message);
    }

    private sealed class EndlessStream(string line) : ReadOnlyStream
    {
        private readonly byte[] _line = System.Text.Encoding.UTF8.GetBytes(line + "\n");
        private int _at;

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = _line[_at];
                _at = (_at + 1) % _line.Length;
            }

            return count;
        }
    }

    /// <summary>What a stream that only reads says of itself.</summary>
    private abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

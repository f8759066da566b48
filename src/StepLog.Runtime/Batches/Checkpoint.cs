using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StepLog;

/// <summary>
/// The checkpoint file: one line per item that ended, <c>ok&lt;TAB&gt;{id}</c> or <c>failed&lt;TAB&gt;{id}</c>, appended
/// and never rewritten. Workers only queue an outcome; the batch appends the queue at most once per progress interval
/// and at the end, so no item waits for the file. A line is complete only with its newline: a line torn by a crash
/// is ignored when the file is read, and cut off by the next run before it appends,
/// so that no append can complete it into the line of an item that no run finished ("ok\tfile1" torn from
/// "ok\tfile11").
/// </summary>
internal sealed class Checkpoint : IDisposable
{
    private const string Succeeded = "ok";
    private const string Failed = "failed";

    private readonly ConcurrentQueue<string> _pending = new();
    private readonly StreamWriter _writer;

    private Checkpoint(StreamWriter writer) => _writer = writer;

    /// <summary>Opens the file for appending, creating it and its folder as needed.</summary>
    public static Checkpoint Open(string path)
    {
        AtomicFile.EnsureFolder(path);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            stream.SetLength(CompleteLength(stream));
            stream.Seek(0, SeekOrigin.End);
            return new Checkpoint(new StreamWriter(stream, new UTF8Encoding(false), 4096) { NewLine = "\n", AutoFlush = false });
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The last recorded outcome of each id (true: succeeded); empty when the file does not exist.</summary>
    public static Dictionary<string, bool> Read(string path)
    {
        var outcomes = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return outcomes;
        }

        string text;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                break; // torn by a crash: the item is not known to have ended
            }

            var tab = text.IndexOf('\t', start, end - start);
            if (tab > start)
            {
                var outcome = text.Substring(start, tab - start);
                if (outcome is Succeeded or Failed)
                {
                    outcomes[Unescape(text.Substring(tab + 1, end - tab - 1))] = outcome == Succeeded;
                }
            }

            start = end + 1;
        }

        return outcomes;
    }

    public void Record(string id, bool succeeded) =>
        _pending.Enqueue((succeeded ? Succeeded : Failed) + "\t" + Escape(id) + "\n");

    /// <summary>Appends what is queued and hands it to the operating system, where it survives the process being killed.</summary>
    public void Flush()
    {
        while (_pending.TryDequeue(out var line))
        {
            _writer.Write(line);
        }

        _writer.Flush();
    }

    public void Dispose()
    {
        try
        {
            Flush();
        }
        finally
        {
            _writer.Dispose();
        }
    }

    // An id keeps to one line: backslash, tab, newline and carriage return are escaped.
    internal static string Escape(string id)
    {
        if (id.IndexOfAny(['\\', '\t', '\n', '\r']) < 0)
        {
            return id;
        }

        return id.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");
    }

    internal static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            builder.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => next,
            });
        }

        return builder.ToString();
    }

    // The length up to and with the last newline: what follows it is a line torn by a crash. Read backwards in
    // blocks, as the tail is short and the file may be long; a newline byte never occurs inside a UTF-8 character.
    private static long CompleteLength(FileStream stream)
    {
        var block = new byte[4096];
        var end = stream.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - block.Length);
            var count = (int)(end - start);
            stream.Seek(start, SeekOrigin.Begin);
            var read = 0;
            while (read < count)
            {
                var n = stream.Read(block, read, count - read);
                if (n == 0)
                {
                    throw new EndOfStreamException("The checkpoint got shorter while it was read.");
                }

                read += n;
            }

            var newline = Array.LastIndexOf(block, (byte)'\n', count - 1, count);
            if (newline >= 0)
            {
                return start + newline + 1;
            }

            end = start;
        }

        return 0;
    }
}

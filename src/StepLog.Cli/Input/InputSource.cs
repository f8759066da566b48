using System;
using System.IO;
using System.IO.Compression;

namespace StepLog.Cli.Input;

/// <summary>One input: a file (plain or gzip, told by its first bytes) or standard input (<c>-</c>).</summary>
internal sealed class InputSource
{
    public const string StandardInputName = "-";

    private InputSource(string name, string? path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>As the user gave it (the path, or <c>-</c>); lines are reported under this name.</summary>
    public string Name { get; }

    /// <summary>The file's path; null for standard input.</summary>
    public string? Path { get; }

    public static InputSource File(string path) => new(path, path);

    public static InputSource StandardInput() => new(StandardInputName, null);

    /// <summary>Opens it for reading, decompressing gzip; a log still being written can be read (shared read/write).</summary>
    public Stream Open(Func<Stream>? standardInput = null)
    {
        var raw = Path is null
            ? standardInput?.Invoke() ?? Console.OpenStandardInput()
            : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        return Unpacked(raw);
    }

    /// <summary>
    /// The input's text: gzip is told by its first two bytes, whatever the name, and for standard input too (a pipe
    /// cannot seek back, so the bytes read to tell are read again in front of the rest).
    /// </summary>
    private static Stream Unpacked(Stream raw)
    {
        var head = new byte[2];
        var read = 0;
        while (read < head.Length && raw.Read(head, read, head.Length - read) is var count and > 0)
        {
            read += count;
        }

        var whole = new ReplayedStream(head.AsMemory(0, read), raw);
        return read == 2 && head[0] == 0x1f && head[1] == 0x8b ? new GZipStream(whole, CompressionMode.Decompress) : whole;
    }
}

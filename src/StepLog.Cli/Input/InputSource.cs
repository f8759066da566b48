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
        if (Path is null)
        {
            return standardInput?.Invoke() ?? Console.OpenStandardInput();
        }

        var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        if (IsGzip(file))
        {
            return new GZipStream(file, CompressionMode.Decompress);
        }

        return file;
    }

    private static bool IsGzip(FileStream file)
    {
        if (!file.CanSeek || file.Length < 2)
        {
            return false;
        }

        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}

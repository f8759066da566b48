using System;
using System.Runtime.InteropServices;
using System.Text;

namespace StepLog.Cli.Input;

/// <summary>
/// Whether a path is a regular file (or a link to one). A folder or a pattern may also hold FIFOs, sockets and devices,
/// which are no logs: opening a FIFO blocks until something writes to it, so that reading a folder with one in it
/// would hang for ever. .NET tells files from folders only, so the type comes from stat(2), through the runtime's own
/// native shim (System.Native), whose result layout .NET keeps the same on every Unix.
/// </summary>
internal static class RegularFile
{
    // S_IFMT and S_IFREG, as System.Native reports them on every platform.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    public static bool Is(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows keeps its named pipes out of the file system's folders.
            return true;
        }

        try
        {
            return Stat(Utf8Path(path), out var status) != 0 || (status.Mode & TypeMask) == Regular;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim: the file is read as before, as File.Exists says.
            return true;
        }
    }

    // A path that stat cannot read (gone, no permission) is left to the reader, which names it in its error.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] utf8Path, out FileStatus status);

    // The path as the shim takes it: UTF-8, ended by a NUL.
    private static byte[] Utf8Path(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    /// <summary>The head of System.Native's FileStatus, in room enough for the fields after it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}

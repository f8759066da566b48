using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace StepLog.Cli.Watching;

/// <summary>
/// Reads progress files while their batches rewrite them. The runtime replaces a file whole (a temporary file renamed
/// over it), so an open handle always holds one complete version; the file may still vanish between listing and
/// opening, or be locked for a moment during the rename on Windows, which a short retry covers.
/// </summary>
internal static class ProgressFileReader
{
    private const int Attempts = 5;
    private const int MaxBytes = 1 << 20;

    /// <summary>The file's progress, its problem, or null when the file no longer exists.</summary>
    public static ProgressReading? Read(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var bytes = ReadShared(path);
                if (bytes is null)
                {
                    return new ProgressReading(path, null, $"larger than {MaxBytes / 1024} KB: not a progress file");
                }

                var progress = BatchProgressJson.Parse(bytes, out var problem);
                if (progress is not null || attempt == Attempts)
                {
                    return new ProgressReading(path, progress is null ? null : WithLivenessChecked(progress), problem);
                }

                // A writer that is not StepLog's may write in place: a half-written file reads whole a moment later.
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                if (attempt == Attempts)
                {
                    return new ProgressReading(path, null, "cannot be read: " + error.Message);
                }
            }

            Thread.Sleep(20 * attempt);
        }
    }

    private static byte[]? ReadShared(string path)
    {
        // FileShare.Delete: holding the file open must not stop the batch from renaming its next version over it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length > MaxBytes)
        {
            return null;
        }

        using var memory = new MemoryStream((int)stream.Length);
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// A batch whose file says running while its process is gone was killed: it will never write again, so it is shown
    /// as stopped and counts as ended. Only a process on this machine can be checked; a file without a pid is trusted.
    /// </summary>
    private static BatchProgress WithLivenessChecked(BatchProgress progress)
    {
        if (progress.HasEnded || progress.ProcessId is not { } pid || IsRunning(pid))
        {
            return progress;
        }

        return progress with { Status = $"stopped (process {pid} is gone)" };
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

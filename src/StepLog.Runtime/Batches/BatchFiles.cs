using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

namespace StepLog;

/// <summary>
/// A batch's files: its progress file and its checkpoint. <see cref="Open"/> runs before any item: a path that cannot
/// be used at all (its folder cannot be created, it is a folder, it cannot be read or written) is an
/// <see cref="ArgumentException"/> that names the option, the path and the reason, while nothing has run yet. Once the
/// batch runs, a fault of either file costs that file's report, never the batch: the first one of each file is said
/// once, on the batch's log and to <see cref="StepLogging.LoggingFault"/>, and later ones are not repeated.
/// </summary>
internal sealed class BatchFiles
{
    private readonly string? _progressFile;
    private readonly string? _checkpointFile;
    private readonly string _temporarySuffix;
    private readonly Action<string> _warn;
    private Checkpoint? _checkpoint;
    private int _progressFaults;
    private int _checkpointFaults;

    private BatchFiles(StepBatchOptions options, string temporarySuffix, Action<string> warn)
    {
        _progressFile = options.ProgressFile;
        _checkpointFile = options.Checkpoint;
        _temporarySuffix = temporarySuffix;
        _warn = warn;
    }

    /// <summary>This process's id: the progress file's <c>pid</c>, and part of its temporary copy's name.</summary>
    public static int ProcessId { get; } = GetProcessId();

    /// <summary>Whether there is a checkpoint to append to.</summary>
    public bool HasCheckpoint => _checkpointFile is not null;

    /// <summary>Whether there is a progress file to write.</summary>
    public bool HasProgressFile => _progressFile is not null;

    /// <summary>The last outcome the checkpoint recorded for each id (true: succeeded); empty without one.</summary>
    public Dictionary<string, bool> Outcomes { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Checks both paths and opens the checkpoint; throws, naming the option, when a path cannot be used.</summary>
    /// <param name="options">The batch's options.</param>
    /// <param name="temporarySuffix">The suffix of the progress file's temporary copy.</param>
    /// <param name="warn">Says a fault during the run on the batch's log.</param>
    public static BatchFiles Open(StepBatchOptions options, string temporarySuffix, Action<string> warn)
    {
        var files = new BatchFiles(options, temporarySuffix, warn);
        if (files._progressFile is { } progress)
        {
            CheckProgressFile(progress, progress + temporarySuffix);
        }

        if (files._checkpointFile is { } checkpoint)
        {
            files.OpenCheckpoint(checkpoint);
        }

        return files;
    }

    public void Record(string id, bool succeeded) => _checkpoint?.Record(id, succeeded);

    /// <summary>Appends the checkpoint's queued outcomes.</summary>
    public void FlushCheckpoint()
    {
        try
        {
            _checkpoint?.Flush();
        }
        catch (Exception fault)
        {
            Fault(ref _checkpointFaults, FaultSource.Checkpoint, fault);
        }
    }

    /// <summary>Replaces the progress file's content with <paramref name="json"/>.</summary>
    public void WriteProgress(string json)
    {
        try
        {
            AtomicFile.Write(_progressFile!, json, _temporarySuffix);
        }
        catch (Exception fault)
        {
            Fault(ref _progressFaults, FaultSource.ProgressFile, fault);
        }
    }

    /// <summary>Appends the last outcomes and closes the checkpoint.</summary>
    public void CloseCheckpoint()
    {
        try
        {
            _checkpoint?.Dispose();
        }
        catch (Exception fault)
        {
            Fault(ref _checkpointFaults, FaultSource.Checkpoint, fault);
        }
    }

    private static void CheckProgressFile(string path, string probe)
    {
        const string Option = nameof(StepBatchOptions.ProgressFile);
        var full = FullPath(Option, path);
        if (Directory.Exists(full))
        {
            throw Unusable(Option, path, "it is a folder, not a file", null);
        }

        EnsureFolder(Option, path, full);
        try
        {
            // The file is replaced by renaming a temporary copy over it: the folder must take a new file.
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception error)
        {
            throw Unusable(Option, path, "a file cannot be written in its folder", error);
        }
    }

    private void OpenCheckpoint(string path)
    {
        const string Option = nameof(StepBatchOptions.Checkpoint);
        var full = FullPath(Option, path);
        if (Directory.Exists(full))
        {
            throw Unusable(Option, path, "it is a folder, not a file", null);
        }

        EnsureFolder(Option, path, full);
        try
        {
            Outcomes = Checkpoint.Read(full);
        }
        catch (Exception error)
        {
            throw Unusable(Option, path, "it cannot be read", error);
        }

        try
        {
            _checkpoint = Checkpoint.Open(full);
        }
        catch (Exception error)
        {
            throw Unusable(Option, path, "it cannot be opened for appending", error);
        }
    }

    private static string FullPath(string option, string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception error)
        {
            throw Unusable(option, path, "it is not a valid path", error);
        }
    }

    private static void EnsureFolder(string option, string path, string full)
    {
        try
        {
            AtomicFile.EnsureFolder(full);
        }
        catch (Exception error)
        {
            throw Unusable(option, path, "its folder cannot be created", error);
        }
    }

    private static ArgumentException Unusable(string option, string path, string reason, Exception? error)
    {
        var message = new StringBuilder(200).Append("StepBatchOptions.").Append(option).Append(" '");
        ValueText.AppendEscaped(message, path);
        message.Append("' cannot be used: ").Append(reason);
        if (error is not null)
        {
            message.Append(" (");
            ValueText.AppendEscaped(message, error.Message);
            message.Append(')');
        }

        message.Append(". Give a file path this process can create and write, or leave ").Append(option).Append(" null.");
        return new ArgumentException(message.ToString(), error);
    }

    // The first fault of a file is said; a file that failed once usually fails on every write after it.
    private void Fault(ref int count, FaultSource source, Exception fault)
    {
        if (Interlocked.Increment(ref count) != 1)
        {
            return;
        }

        StepLogging.ReportFault(fault, source);
        var (what, path, cost) = source == FaultSource.ProgressFile
            ? ("the progress file", _progressFile, "the batch goes on without updating it")
            : ("the checkpoint", _checkpointFile, "the batch goes on; a rerun runs again the items it could not record");
        // The line escapes its text as it writes it: escaping here would double the escapes.
        _warn(what + " '" + path + "' could not be written (" + fault.GetType().Name + ": " + fault.Message + "); " + cost + ". Later faults of this file are not said: this is said once.");
    }

    private static int GetProcessId()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.Id;
    }
}

namespace StepLog.Cli.Watching;

/// <summary>What one progress file held at one read: a batch's progress, or the reason it could not be read.</summary>
internal sealed record ProgressReading(string Path, BatchProgress? Progress, string? Problem)
{
    /// <summary>The file's name as lines show it: enough to tell two batches apart.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}

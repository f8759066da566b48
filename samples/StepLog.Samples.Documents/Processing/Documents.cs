namespace StepLog.Samples.Documents.Processing;

/// <summary>A document waiting to be processed: its id (the subject of its step records) and its file.</summary>
public sealed record DocumentFile(string Id, string Path)
{
    /// <summary>The documents of a folder, by id (the file's name without extension).</summary>
    public static IReadOnlyList<DocumentFile> In(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new DocumentFile(System.IO.Path.GetFileNameWithoutExtension(path), path))
            .ToArray();
}

/// <summary>One titled part of a document ("## Title" and the lines under it).</summary>
public sealed record Section(string Title, string Text);

/// <summary>What processing found in a document.</summary>
public sealed record DocumentSummary(string Category, int Words, IReadOnlyList<Section> Sections);

/// <summary>The search index refused a document; it may accept it later.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

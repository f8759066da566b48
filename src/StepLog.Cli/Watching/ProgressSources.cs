using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepLog.Cli.Input;

namespace StepLog.Cli.Watching;

/// <summary>
/// The progress files that the PATH arguments name, listed anew at each look: a file is itself (it may not exist yet),
/// a folder is every regular <c>*.json</c> file directly in it, so a batch that starts after the watch began is picked up.
/// </summary>
internal sealed class ProgressSources(IReadOnlyList<string> paths)
{
    public IReadOnlyList<string> Paths { get; } = paths.Count == 0 ? ["."] : paths;

    /// <summary>The paths that exist neither as a file nor as a folder.</summary>
    public IEnumerable<string> Missing() => Paths.Where(path => !File.Exists(path) && !Directory.Exists(path));

    /// <summary>Every progress file there is now, each once, in a stable order.</summary>
    public IReadOnlyList<string> Files()
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    // Regular files only: a FIFO named *.json would block the watch on open.
                    files.UnionWith(Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Where(RegularFile.Is).Select(Path.GetFullPath));
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    // A folder removed or locked while listed: the next look lists it again.
                }
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
        }

        return files.ToList();
    }
}

using System.IO;
using System.Text;

namespace StepLog;

/// <summary>
/// Replaces a file's content whole: the text goes to a temporary file in the same folder, which is then renamed over
/// the target. A rename within a folder is atomic, so a reader sees the old content or the new, never half of one.
/// </summary>
internal static class AtomicFile
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text, string temporarySuffix)
    {
        var temporary = path + temporarySuffix;
        File.WriteAllText(temporary, text, Utf8);
#if NETSTANDARD2_0
        if (File.Exists(path))
        {
            File.Replace(temporary, path, destinationBackupFileName: null);
        }
        else
        {
            File.Move(temporary, path);
        }
#else
        File.Move(temporary, path, overwrite: true);
#endif
    }

    /// <summary>Creates the folder of <paramref name="path"/> if it does not exist.</summary>
    public static void EnsureFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

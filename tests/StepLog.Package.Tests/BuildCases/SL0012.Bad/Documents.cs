using StepLog;

namespace Cases;

public partial class Documents
{
    public string Merged { get; private set; } = "";

    [Operation("Load")]
    public partial bool TryLoad(string path, [Subject] out string documentId); // expect: warning SL0012

    [Operation("Merge")]
    public partial void Merge([Subject] string first, [Subject] string second); // expect: warning SL0012

    [Operation("Scan")]
    public partial int Scan([Subject] ReadOnlySpan<byte> bytes); // expect: warning SL0012

    // A type argument that may be a ref struct cannot be kept as a subject either.
    [Operation("Read")]
    public partial int Read<TSource>([Subject] TSource source) where TSource : allows ref struct; // expect: warning SL0012

    [Step(1, "Parse", Operation = nameof(TryLoad))]
    private partial string Parse([Subject] string path); // expect: warning SL0012

    private bool TryLoadCore(string path, out string documentId)
    {
        documentId = Parse(path);
        return documentId.Length > 0;
    }

    private void MergeCore(string first, string second) => Merged = first + second;

    private int ScanCore(ReadOnlySpan<byte> bytes) => bytes.Length;

    private int ReadCore<TSource>(TSource source) where TSource : allows ref struct => 1;

    private string ParseCore([Subject] string path) => Path.GetFileNameWithoutExtension(path); // expect: warning SL0012
}

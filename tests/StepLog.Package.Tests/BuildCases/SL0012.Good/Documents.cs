using StepLog;

namespace Cases;

public partial class Documents
{
    public string Merged { get; private set; } = "";

    [Operation("Load", Result = "document_id")]
    public partial string Load([Subject] string path);

    [Operation("Merge")]
    public partial void Merge([Subject] string first, [Log] string second);

    [Operation("Scan")]
    public partial int Scan([Subject] string documentId, ReadOnlySpan<byte> bytes);

    [Step(1, "Parse", Operation = nameof(Load))]
    private partial string Parse(string path);

    private string LoadCore(string path) => Parse(path);

    private void MergeCore(string first, string second) => Merged = first + second;

    private int ScanCore(string documentId, ReadOnlySpan<byte> bytes) => bytes.Length;

    private string ParseCore(string path) => Path.GetFileNameWithoutExtension(path);
}

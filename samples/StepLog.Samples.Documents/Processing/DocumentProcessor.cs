using System.Text;
using Microsoft.Extensions.Logging;

namespace StepLog.Samples.Documents.Processing;

/// <summary>
/// The basic workflow: read a document, extract its text, classify it. Generated: each step logs its lines and records
/// Running, then Success or Failed, under the document's id (the [Subject]). Files are read from <c>folder</c>.
/// </summary>
public partial class DocumentProcessor(ILogger<DocumentProcessor> logger, string folder)
{
    [Operation("Process document")]
    public partial Task<DocumentSummary> ProcessAsync([Subject] string documentId, [Log] string file, CancellationToken cancellationToken);

    [Step(1, "Read file", Result = "bytes")]
    private partial Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken);

    [Step(2, "Extract text", Result = "sections")]
    private partial Section[] Extract(byte[] content);

    [Step(3, "Classify", Result = "category")]
    private partial string Classify(IReadOnlyList<Section> sections);

    private async Task<DocumentSummary> ProcessAsyncCore(string documentId, string file, CancellationToken cancellationToken)
    {
        var sections = Extract(await ReadAsync(Path.Combine(folder, file), cancellationToken));
        var category = Classify(sections);
        var words = sections.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return new DocumentSummary(category, words, sections);
    }

    private Task<byte[]> ReadAsyncCore(string path, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(path, cancellationToken);

    private Section[] ExtractCore(byte[] content)
    {
        var binary = Array.FindIndex(content, b => b < 0x09);
        if (binary >= 0)
        {
            throw new InvalidDataException($"not a text document: binary content at byte {binary}");
        }

        var sections = new List<Section>();
        foreach (var line in Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add(new Section(line[3..], string.Empty));
            }
            else if (line.Length > 0 && sections.Count > 0)
            {
                sections[^1] = sections[^1] with { Text = (sections[^1].Text + " " + line).Trim() };
            }
        }

        return [.. sections];
    }

    private string ClassifyCore(IReadOnlyList<Section> sections)
    {
        var text = string.Join(' ', sections.Select(s => s.Text));
        return text.Contains("agreement", StringComparison.OrdinalIgnoreCase) ? "contract"
            : text.Contains("invoice", StringComparison.OrdinalIgnoreCase) ? "invoice"
            : text.Contains("receipt", StringComparison.OrdinalIgnoreCase) ? "receipt"
            : "memo";
    }
}

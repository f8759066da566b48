using Microsoft.Extensions.Logging;

namespace StepLog.Samples.Documents.Processing;

/// <summary>
/// The parallel workflow: every section of a document is processed at once, each as an operation of its own nested
/// in the document's (its records take the document's subject). A section that fails is recorded Failed and the others
/// go on.
/// </summary>
public partial class SectionProcessor(ILogger<SectionProcessor> logger)
{
    [Operation("Process sections", Result = "processed")]
    public partial Task<int> ProcessSectionsAsync([Subject] string documentId, [Log] IReadOnlyList<Section> sections, CancellationToken cancellationToken);

    [Operation("Process section")]
    private partial Task<int> ProcessSectionAsync([Log] string section, string text, CancellationToken cancellationToken);

    [Step(1, "Summarize section", Operation = nameof(ProcessSectionAsync), Result = "words")]
    private partial Task<int> SummarizeAsync(string text, CancellationToken cancellationToken);

    private async Task<int> ProcessSectionsAsyncCore(string documentId, IReadOnlyList<Section> sections, CancellationToken cancellationToken)
    {
        var processed = await Task.WhenAll(sections.Select(TryProcessAsync));
        return processed.Count(ok => ok);

        async Task<bool> TryProcessAsync(Section section)
        {
            try
            {
                await ProcessSectionAsync(section.Title, section.Text, cancellationToken);
                return true;
            }
            catch (InvalidDataException)
            {
                return false; // logged and recorded by the section's operation
            }
        }
    }

    private async Task<int> ProcessSectionAsyncCore(string section, string text, CancellationToken cancellationToken) =>
        await SummarizeAsync(text, cancellationToken);

    private async Task<int> SummarizeAsyncCore(string text, CancellationToken cancellationToken)
    {
        await Task.Delay(10 + text.Length % 20, cancellationToken);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words > 0 ? words : throw new InvalidDataException("the section has no text");
    }
}

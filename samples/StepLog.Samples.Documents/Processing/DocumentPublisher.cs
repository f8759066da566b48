using Microsoft.Extensions.Logging;

namespace StepLog.Samples.Documents.Processing;

/// <summary>
/// The retry workflow, with StepLogger: a quality check that may end in a warning, then sending the document to the
/// search index, retried while the index is unavailable. Each retry is recorded as Error ("Retry n: ..."); the last
/// failure as Failed ("Max retries exceeded: ...").
/// </summary>
public sealed class DocumentPublisher(ILogger<DocumentPublisher> logger, SearchIndex index)
{
    public const int MaxAttempts = 3;
    public const int MinimumWords = 10;

    /// <summary>Publishes the document; false when the index refused it every time.</summary>
    public async Task<bool> PublishAsync(string documentId, DocumentSummary summary, CancellationToken cancellationToken)
    {
        using var op = new StepLogger(logger, "Publish document", totalSteps: 2) { Subject = documentId };
        op.Start(("category", summary.Category));

        op.Step(1, "Check text quality");
        if (summary.Words < MinimumWords)
        {
            op.Warning("few words, the scan may be unreadable", ("words", summary.Words), ("minimum", MinimumWords));
        }
        else
        {
            op.Success(("words", summary.Words));
        }

        op.Step(2, "Send to search index");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await index.AddAsync(documentId, summary, cancellationToken);
                op.Success(("attempts", attempt));
                op.Complete();
                return true;
            }
            catch (IndexUnavailableException e) when (attempt < MaxAttempts)
            {
                op.Retry(e, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
            catch (IndexUnavailableException e)
            {
                var exhausted = new IndexUnavailableException($"Max retries exceeded: {e.Message}", e);
                op.Failure(exhausted, ("attempts", attempt));
                op.Complete(exhausted);
                return false;
            }
        }
    }
}

/// <summary>
/// A search index that refuses some documents a number of times before it takes them (the sample's stand-in for a
/// service that is briefly down).
/// </summary>
public sealed class SearchIndex(IReadOnlyDictionary<string, int> refusals)
{
    private readonly Dictionary<string, int> _refused = [];
    private readonly Dictionary<string, DocumentSummary> _documents = [];

    public IReadOnlyDictionary<string, DocumentSummary> Documents => _documents;

    public async Task AddAsync(string documentId, DocumentSummary summary, CancellationToken cancellationToken)
    {
        await Task.Delay(5, cancellationToken);
        var refused = _refused.GetValueOrDefault(documentId);
        if (refused < refusals.GetValueOrDefault(documentId))
        {
            _refused[documentId] = refused + 1;
            throw new IndexUnavailableException("search index unavailable (HTTP 503)");
        }

        _documents[documentId] = summary;
    }
}

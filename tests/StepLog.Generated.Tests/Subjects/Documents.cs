using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A synchronous operation about a document (its [Subject]), with two steps and a nested operation without a subject.</summary>
public partial class DocumentFlow
{
    private readonly ILogger _logger;

    public DocumentFlow(ILogger logger, DocumentArchive? archive = null)
    {
        _logger = logger;
        Archive = archive;
    }

    public DocumentArchive? Archive { get; }

    public Exception? ClassifyFailure { get; set; }

    [Operation("Process document")]
    public partial int Process([Subject] string documentId, [Log] int pages);

    [Step(1, "Extract", Result = "characters")]
    public partial int Extract(int pages);

    [Step(2, "Classify")]
    public partial void Classify(int characters);

    private int ProcessCore(string documentId, int pages)
    {
        var characters = Extract(pages);
        Classify(characters);
        return characters;
    }

    private int ExtractCore(int pages) => pages * 100;

    private void ClassifyCore(int characters)
    {
        if (ClassifyFailure is not null)
        {
            throw ClassifyFailure;
        }

        Archive?.StoreAsync(characters).GetAwaiter().GetResult();
    }
}

/// <summary>An async operation with no [Subject] of its own: nested, it takes its caller's; alone, its operation id.</summary>
public partial class DocumentArchive
{
    private readonly ILogger _logger;

    public DocumentArchive(ILogger logger) => _logger = logger;

    [Operation("Archive")]
    public partial Task StoreAsync(int characters);

    [Step(1, "Compress")]
    public partial Task CompressAsync();

    private async Task StoreAsyncCore(int characters)
    {
        await Task.Yield();
        await CompressAsync();
    }

    private async Task CompressAsyncCore() => await Task.Yield();
}

/// <summary>An async operation whose [Subject] is a number: recorded under its invariant text.</summary>
public partial class NumberedJob
{
    private readonly ILogger _logger;

    public NumberedJob(ILogger logger) => _logger = logger;

    [Operation("Numbered job")]
    public partial ValueTask RunAsync([Subject] long jobNumber, CancellationToken cancellationToken);

    [Step(1, "Wait")]
    public partial Task WaitAsync(CancellationToken cancellationToken);

    private async ValueTask RunAsyncCore(long jobNumber, CancellationToken cancellationToken) => await WaitAsync(cancellationToken);

    private async Task WaitAsyncCore(CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

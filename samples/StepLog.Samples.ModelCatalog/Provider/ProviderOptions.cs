namespace StepLog.Samples.ModelCatalog.Provider;

/// <summary>How the stand-in provider API behaves: its latency, the client's timeout, and an injectable hang.</summary>
internal sealed record ProviderOptions
{
    /// <summary>Folder of the providers' catalogs, one <c>{provider}-models.json</c> each.</summary>
    public required string CatalogDirectory { get; init; }

    /// <summary>How long the API takes to answer.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(180);

    /// <summary>How long the client waits for an answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When set, the API never answers, so the client's timeout fires: a provider that fails.</summary>
    public bool Hang { get; init; }
}

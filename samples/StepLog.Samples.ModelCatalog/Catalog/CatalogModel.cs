namespace StepLog.Samples.ModelCatalog.Catalog;

/// <summary>A model that passed validation: what the database stores.</summary>
internal sealed record CatalogModel(
    string Id,
    string Provider,
    string Vendor,
    string Name,
    int ContextLength,
    decimal PromptPricePerMillion,
    decimal CompletionPricePerMillion,
    string Modality,
    DateTimeOffset Created);

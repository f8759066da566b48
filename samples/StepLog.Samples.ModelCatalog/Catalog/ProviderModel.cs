namespace StepLog.Samples.ModelCatalog.Catalog;

/// <summary>The provider's answer to "list your models", as its JSON has it.</summary>
internal sealed record ProviderCatalogResponse(IReadOnlyList<ProviderModel> Data);

/// <summary>A model as the provider describes it. Real catalogs have gaps, so every field may be missing or wrong.</summary>
internal sealed record ProviderModel(
    string? Id,
    string? Name,
    long Created,
    int ContextLength,
    ProviderPricing? Pricing,
    ProviderArchitecture? Architecture);

/// <summary>Prices in US dollars per token, as decimal strings; "-1" means "varies" (routers).</summary>
internal sealed record ProviderPricing(string? Prompt, string? Completion);

internal sealed record ProviderArchitecture(string? Modality);

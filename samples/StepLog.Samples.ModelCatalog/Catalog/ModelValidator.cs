using System.Globalization;

namespace StepLog.Samples.ModelCatalog.Catalog;

/// <summary>Decides which of the provider's models the catalog can serve.</summary>
internal static class ModelValidator
{
    /// <summary>The model in catalog form, or null when it cannot be served: no "vendor/name" id, no context window, no fixed price.</summary>
    public static CatalogModel? Validate(ProviderModel model, string provider)
    {
        var id = model.Id ?? string.Empty;
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == id.Length - 1)
        {
            return null;
        }

        if (model.ContextLength <= 0 || model.Pricing is not { } pricing
            || !TryPrice(pricing.Prompt, out var prompt) || !TryPrice(pricing.Completion, out var completion))
        {
            return null;
        }

        return new CatalogModel(
            id,
            provider,
            id[..slash],
            string.IsNullOrWhiteSpace(model.Name) ? id : model.Name,
            model.ContextLength,
            prompt * 1_000_000m,
            completion * 1_000_000m,
            model.Architecture?.Modality ?? "text->text",
            DateTimeOffset.FromUnixTimeSeconds(model.Created));
    }

    // A price per token; negative ones ("-1") mean the price varies per request, which a catalog cannot list.
    private static bool TryPrice(string? text, out decimal price) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out price) && price >= 0;
}

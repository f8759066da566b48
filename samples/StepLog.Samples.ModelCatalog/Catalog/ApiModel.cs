using System.Globalization;

namespace StepLog.Samples.ModelCatalog.Catalog;

/// <summary>A model as the catalog API serves it, and as the caches keep it.</summary>
internal sealed record ApiModel(
    string Id,
    string Name,
    string Vendor,
    int ContextLength,
    string PromptPrice,
    string CompletionPrice,
    bool AcceptsImages)
{
    public static ApiModel From(CatalogModel model) => new(
        model.Id,
        model.Name,
        model.Vendor,
        model.ContextLength,
        PerMillion(model.PromptPricePerMillion),
        PerMillion(model.CompletionPricePerMillion),
        model.Modality.Contains("image", StringComparison.Ordinal));

    private static string PerMillion(decimal price) =>
        price == 0 ? "free" : "$" + price.ToString("0.00##", CultureInfo.InvariantCulture) + "/M tokens";
}

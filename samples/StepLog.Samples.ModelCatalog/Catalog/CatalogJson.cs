using System.Text.Json.Serialization;

namespace StepLog.Samples.ModelCatalog.Catalog;

/// <summary>System.Text.Json's generated serializers for the sample's JSON: no reflection, so trimming and AOT keep working.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProviderCatalogResponse))]
[JsonSerializable(typeof(List<ApiModel>))]
internal sealed partial class CatalogJson : JsonSerializerContext;

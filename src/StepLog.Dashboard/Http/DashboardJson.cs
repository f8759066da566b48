using System.Text.Json;
using System.Text.Json.Serialization;

namespace StepLog.Dashboard.Http;

/// <summary>
/// How the JSON twins are written: snake_case names and statuses, as StepLog's lines and the CLI name fields. The
/// default encoder escapes control characters and markup characters, so a value carries neither into the response.
/// </summary>
internal static class DashboardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

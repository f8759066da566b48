using System.Globalization;
using System.Text.Json;
using StepLog.Samples.ModelCatalog.Catalog;

namespace StepLog.Samples.ModelCatalog.Provider;

/// <summary>
/// The client of a model provider's "list models" API. The API is played by a JSON file shipped with the sample,
/// served after a network-like latency, with the client's own timeout around it.
/// </summary>
internal sealed class ProviderClient(ProviderOptions options)
{
    public async Task<IReadOnlyList<ProviderModel>> GetModelsAsync(string provider, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            return await ServeAsync(provider, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, not the caller's cancellation: report it the way HTTP clients do.
            throw new TimeoutException($"Request timeout after {options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)}s");
        }
    }

    // The "server": answers after its latency (never when it hangs) with the provider's catalog file.
    private async Task<IReadOnlyList<ProviderModel>> ServeAsync(string provider, CancellationToken cancellationToken)
    {
        await Task.Delay(options.Hang ? Timeout.InfiniteTimeSpan : options.Latency, cancellationToken);
        var path = Path.Combine(options.CatalogDirectory, provider + "-models.json");
        if (!File.Exists(path))
        {
            throw new HttpRequestException($"Provider '{provider}' is unknown (404)");
        }

        await using var stream = File.OpenRead(path);
        var response = await JsonSerializer.DeserializeAsync(stream, CatalogJson.Default.ProviderCatalogResponse, cancellationToken);
        return response?.Data ?? [];
    }
}

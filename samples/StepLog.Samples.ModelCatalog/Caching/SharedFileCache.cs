using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StepLog.Samples.ModelCatalog.Caching;

/// <summary>
/// The sample's own second cache layer, a stand-in for Redis: shared by every process on the machine
/// and surviving restarts. One file per key: the expiry time on the first line, the JSON value after it. Written to a
/// temporary file and moved into place, so that a reader in another process never sees half a value.
/// </summary>
internal sealed class SharedFileCache(string directory, TimeProvider time)
{
    public async Task<T?> GetAsync<T>(string key, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path);
        var expires = DateTimeOffset.Parse(await reader.ReadLineAsync(cancellationToken) ?? string.Empty, CultureInfo.InvariantCulture);
        if (expires <= time.GetUtcNow())
        {
            return null;
        }

        // The reader has buffered past the first line, so the value is read through it, not from the stream.
        return JsonSerializer.Deserialize(await reader.ReadToEndAsync(cancellationToken), type);
    }

    public async Task SetAsync<T>(string key, T value, TimeSpan timeToLive, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(key);
        var staging = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        await using (var file = File.Create(staging))
        {
            var expires = time.GetUtcNow().Add(timeToLive).ToString("O", CultureInfo.InvariantCulture) + "\n";
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(expires), cancellationToken);
            await JsonSerializer.SerializeAsync(file, value, type, cancellationToken);
        }

        File.Move(staging, path, overwrite: true);
    }

    public void Remove(string key) => File.Delete(PathOf(key));

    public void Clear()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // Keys such as "models:all" become file names such as "models_all.json".
    private string PathOf(string key) => Path.Combine(directory, key.Replace(':', '_') + ".json");
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using StepLog.Samples.ModelCatalog.Catalog;

namespace StepLog.Samples.ModelCatalog.Database;

/// <summary>The catalog's SQLite database: the models table, and a table of sync runs.</summary>
internal sealed class CatalogDatabase(string path)
{
    public const string ModelsTable = "models";

    public string Path => path;

    /// <summary>A connection for writes, creating the file if needed. Not pooled, so the file is free once it is closed.</summary>
    public SqliteConnection CreateConnection() => new($"Data Source={path};Mode=ReadWriteCreate;Pooling=False");

    /// <summary>A read-only connection, the sample's "read replica": it fails when the database does not exist.</summary>
    public SqliteConnection CreateReadConnection() => new($"Data Source={path};Mode=ReadOnly;Pooling=False");

    /// <summary>Inserts new models and updates known ones, in one transaction; says how many of each.</summary>
    public async Task<(int Inserted, int Updated)> UpsertAsync(IReadOnlyList<CatalogModel> models, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        var known = new HashSet<string>(StringComparer.Ordinal);
        await using (var select = new SqliteCommand("SELECT id FROM models", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                known.Add(reader.GetString(0));
            }
        }

        await using var upsert = new SqliteCommand(
            """
            INSERT INTO models (id, provider, vendor, name, context_length, prompt_per_million, completion_per_million, modality, created, active, synced_at)
            VALUES ($id, $provider, $vendor, $name, $context, $prompt, $completion, $modality, $created, 1, $now)
            ON CONFLICT (id) DO UPDATE SET
                provider = excluded.provider, vendor = excluded.vendor, name = excluded.name,
                context_length = excluded.context_length, prompt_per_million = excluded.prompt_per_million,
                completion_per_million = excluded.completion_per_million, modality = excluded.modality,
                created = excluded.created, active = 1, synced_at = excluded.synced_at
            """,
            connection,
            transaction);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var inserted = 0;
        foreach (var model in models)
        {
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$id", model.Id);
            upsert.Parameters.AddWithValue("$provider", model.Provider);
            upsert.Parameters.AddWithValue("$vendor", model.Vendor);
            upsert.Parameters.AddWithValue("$name", model.Name);
            upsert.Parameters.AddWithValue("$context", model.ContextLength);
            upsert.Parameters.AddWithValue("$prompt", model.PromptPricePerMillion);
            upsert.Parameters.AddWithValue("$completion", model.CompletionPricePerMillion);
            upsert.Parameters.AddWithValue("$modality", model.Modality);
            upsert.Parameters.AddWithValue("$created", model.Created.ToUnixTimeSeconds());
            upsert.Parameters.AddWithValue("$now", now);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            inserted += known.Contains(model.Id) ? 0 : 1;
        }

        await transaction.CommitAsync(cancellationToken);
        return (inserted, models.Count - inserted);
    }

    /// <summary>One page of models in id order.</summary>
    public static async Task<List<CatalogModel>> ReadPageAsync(SqliteConnection connection, bool includeInactive, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(
            """
            SELECT id, provider, vendor, name, context_length, prompt_per_million, completion_per_million, modality, created
            FROM models WHERE active = 1 OR $inactive ORDER BY id LIMIT $limit OFFSET $offset
            """,
            connection);
        command.Parameters.AddWithValue("$inactive", includeInactive);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<CatalogModel>(limit);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new CatalogModel(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetDecimal(5),
                reader.GetDecimal(6),
                reader.GetString(7),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(8))));
        }

        return page;
    }

    /// <summary>How many active models the catalog holds; 0 when the database does not exist yet.</summary>
    public async Task<int> CountModelsAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM models WHERE active = 1", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task RecordSyncAsync(string provider, int models, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new SqliteCommand("INSERT INTO sync_runs (provider, models, finished_at) VALUES ($provider, $models, $at)", connection);
        command.Parameters.AddWithValue("$provider", provider);
        command.Parameters.AddWithValue("$models", models);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Opens a write connection on a database whose tables exist.
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var schema = new SqliteCommand(
            """
            CREATE TABLE IF NOT EXISTS models (
                id TEXT PRIMARY KEY, provider TEXT NOT NULL, vendor TEXT NOT NULL, name TEXT NOT NULL,
                context_length INTEGER NOT NULL, prompt_per_million TEXT NOT NULL, completion_per_million TEXT NOT NULL,
                modality TEXT NOT NULL, created INTEGER NOT NULL, active INTEGER NOT NULL, synced_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sync_runs (provider TEXT NOT NULL, models INTEGER NOT NULL, finished_at TEXT NOT NULL);
            """,
            connection);
        await schema.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

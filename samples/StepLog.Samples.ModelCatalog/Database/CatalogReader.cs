using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using StepLog.Samples.ModelCatalog.Catalog;

namespace StepLog.Samples.ModelCatalog.Database;

/// <summary>
/// Reads the whole catalog from the database page by page. A fixed sequence of steps with
/// plain results: what [Operation] and [Step] are for. The generator writes the logging wrappers; the bodies are the
/// *Core methods.
/// </summary>
internal sealed partial class CatalogReader(ILogger<CatalogReader> logger, CatalogDatabase database)
{
    private const int PageSize = 100;

    [Operation("Database: Fetch All Models", Result = "total_models")]
    public partial Task<IReadOnlyList<CatalogModel>> FetchAllAsync([Log] string table, [Log] bool includeInactive, CancellationToken cancellationToken);

    [Step(1, "Connecting to database")]
    private partial Task<(string Connection, int PageSize)> ConnectAsync(SqliteConnection connection, [Log] string table, [Log] string replica, CancellationToken cancellationToken);

    [Step(2, "Fetching models (paginated)")]
    private partial Task<(IReadOnlyList<CatalogModel> TotalModels, int Batches, int PageSize)> FetchPagesAsync(
        SqliteConnection connection, [Log] string table, bool includeInactive, int pageSize, CancellationToken cancellationToken);

    private async Task<IReadOnlyList<CatalogModel>> FetchAllAsyncCore(string table, bool includeInactive, CancellationToken cancellationToken)
    {
        if (table != CatalogDatabase.ModelsTable)
        {
            throw new ArgumentException($"The catalog has no table '{table}'.", nameof(table));
        }

        await using var connection = database.CreateReadConnection();
        var (_, pageSize) = await ConnectAsync(connection, table, "read", cancellationToken);
        var (models, _, _) = await FetchPagesAsync(connection, table, includeInactive, pageSize, cancellationToken);
        return models;
    }

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The body of an instance [Step] method is an instance method.")]
    private async Task<(string Connection, int PageSize)> ConnectAsyncCore(SqliteConnection connection, string table, string replica, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        return ("ready", PageSize);
    }

    private async Task<(IReadOnlyList<CatalogModel> TotalModels, int Batches, int PageSize)> FetchPagesAsyncCore(
        SqliteConnection connection, string table, bool includeInactive, int pageSize, CancellationToken cancellationToken)
    {
        var models = new List<CatalogModel>();
        var batches = 0;
        while (true)
        {
            var page = await CatalogDatabase.ReadPageAsync(connection, includeInactive, models.Count, pageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            batches++;
            CatalogLog.FetchedBatch(logger, batches, page.Count, models.Count, models.Count + page.Count);
            models.AddRange(page);
            if (page.Count < pageSize)
            {
                break;
            }
        }

        return (models, batches, pageSize);
    }
}

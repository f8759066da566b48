using Npgsql;

namespace StepLog.Records.Tests.Stores;

/// <summary>The PostgreSQL store's pre-aggregation: indexed queries, and a database of schema 1 that opens and answers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardTests : IDisposable
{
    private readonly PostgresServer _server;
    private readonly string _connectionString;
    private readonly string _schema;

    public PostgresDashboardTests(PostgresServer server)
    {
        _server = server;
        _connectionString = server.CreateSchema(out _schema);
    }

    public void Dispose() => _server.DropSchema(_schema);

    [Fact]
    public async Task The_dashboard_queries_read_indexes_and_rollups_never_every_record_or_run()
    {
        await using (new PostgresStepStore(_connectionString))
        {
        }

        const string Runs = "SELECT * FROM steplog_runs WHERE true";
        const string Page = " AND (started_ticks, operation_id) < (5, 'x') ORDER BY started_ticks DESC, operation_id DESC LIMIT 51";
        string[] statements =
        [
            Runs + Page,
            Runs + " AND operation = 'Import'" + Page,
            Runs + " AND status = 'Failed'" + Page,
            Runs + " AND subject_id = 'doc1'" + Page,
            Runs + " AND run_kind = 1" + Page,
            Runs + " AND run_kind = 0" + Page,
            "SELECT * FROM steplog_runs WHERE operation_id = 'x'",
            "SELECT * FROM steplog_runs WHERE parent_operation_id = 'x' ORDER BY started_ticks, operation_id",
            "SELECT * FROM steplog_records WHERE subject_id = 'doc1' AND timestamp_ticks >= 1 AND timestamp_ticks < 9 AND operation_id = 'x' ORDER BY timestamp_ticks, sequence, id",
            "SELECT operation, SUM(count) FROM steplog_rollup WHERE (grain = 1 AND bucket_ticks >= 3 AND bucket_ticks < 4) " +
            "OR (grain = 0 AND bucket_ticks >= 1 AND bucket_ticks < 3) OR (grain = 0 AND bucket_ticks >= 4 AND bucket_ticks < 5) GROUP BY operation",
            "SELECT minute_ticks, runs, failed FROM steplog_run_minutes WHERE minute_ticks >= 1 AND minute_ticks < 2",
            "SELECT operation, COUNT(*) FROM steplog_records WHERE status = ANY(ARRAY['Error', 'Failed']) AND timestamp_ticks >= 1 GROUP BY operation",
        ];

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();

        // Empty tables make a sequential scan the cheapest plan: with it priced out, a plan still scanning a table has no index to use.
        await using (var disable = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await disable.ExecuteNonQueryAsync();
        }

        foreach (var sql in statements)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            var plan = new List<string>();
            await using (var rows = await explain.ExecuteReaderAsync())
            {
                while (await rows.ReadAsync())
                {
                    plan.Add(rows.GetString(0));
                }
            }

            Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_database_written_by_schema_1_opens_and_answers_the_dashboard()
    {
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();

            // Schema 1 as it shipped, and records as it wrote them.
            await using var command = new NpgsqlCommand(
                """
                CREATE TABLE steplog_schema (version integer NOT NULL);
                INSERT INTO steplog_schema (version) VALUES (1);
                CREATE TABLE steplog_records (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, subject_id text NOT NULL, step_name text NOT NULL, status text NOT NULL,
                    operation text NULL, operation_id text NULL, step_number integer NOT NULL, total_steps integer NOT NULL, details json NULL,
                    duration_ms double precision NULL, error_message text NULL, timestamp_ticks bigint NOT NULL, sequence bigint NOT NULL);
                CREATE INDEX ix_steplog_records_subject_time ON steplog_records (subject_id, timestamp_ticks);
                CREATE INDEX ix_steplog_records_status_time ON steplog_records (status, timestamp_ticks);
                INSERT INTO steplog_records (subject_id, step_name, status, operation, operation_id, step_number, total_steps, details, duration_ms, error_message, timestamp_ticks, sequence)
                VALUES ('doc1', 'Import', 'Running', 'Import', 'run1', 0, 1, NULL, NULL, NULL, @t0, 0),
                       ('doc1', 'Parse', 'Failed', 'Import', 'run1', 1, 1, NULL, 5.0, 'bad header', @t1, 0),
                       ('doc1', 'Import', 'Failed', 'Import', 'run1', 0, 1, '{"pages":3}', 20.0, 'bad header', @t2, 0);
                """,
                connection);
            command.Parameters.AddWithValue("t0", start.UtcTicks);
            command.Parameters.AddWithValue("t1", start.AddMilliseconds(10).UtcTicks);
            command.Parameters.AddWithValue("t2", start.AddMilliseconds(20).UtcTicks);
            await command.ExecuteNonQueryAsync();
        }

        await using var store = new PostgresStepStore(_connectionString);

        var run = Assert.Single((await store.Queries.GetRunsAsync(new StepRunQuery())).Runs);
        Assert.Equal(("run1", StepStatus.Failed, 20.0), (run.OperationId, run.Status, run.DurationMs));
        Assert.Equal(3L, run.Details["pages"]);
        Assert.Equal(3, (await store.Queries.GetRunAsync("run1"))!.Records.Count);
        var overview = await store.Queries.GetOverviewAsync(DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(60));
        Assert.Equal((1L, 1L), (overview.Operations.Single().Count, overview.Operations.Single().Failed));
        Assert.Equal(1L, overview.Timeline.Sum(bucket => bucket.Failed));
    }
}

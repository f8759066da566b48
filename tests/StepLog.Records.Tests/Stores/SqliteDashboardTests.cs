using StepLog.Records.Tests.Contract;

namespace StepLog.Records.Tests.Stores;

/// <summary>The SQLite store's pre-aggregation: indexed queries, and a file of schema 1 that opens and answers.</summary>
public sealed class SqliteDashboardTests : IDisposable
{
    private readonly SqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task The_dashboard_queries_read_indexes_and_rollups_never_every_record_or_run()
    {
        await using (new SqliteStepStore(_file.ConnectionString))
        {
        }

        const string Runs = "SELECT * FROM steplog_runs WHERE 1 = 1";
        const string Page = " AND (started_ticks, operation_id) < (5, 'x') ORDER BY started_ticks DESC, operation_id DESC LIMIT 51";
        string[] statements =
        [
            Runs + Page,
            Runs + " AND operation = 'Import'" + Page,
            Runs + " AND status = 'Failed'" + Page,
            Runs + " AND subject_id = 'doc1'" + Page,
            Runs + " AND run_kind = 1" + Page,
            Runs + " AND run_kind = 0" + Page,
            Runs + " AND started_ticks >= 1 AND started_ticks < 9" + Page,
            Runs + " AND operation = 'Import' AND status = 'Failed' AND subject_id = 'doc1'" + Page,
            "SELECT * FROM steplog_runs WHERE operation_id = 'x'",
            "SELECT * FROM steplog_runs WHERE parent_operation_id = 'x' ORDER BY started_ticks, operation_id",
            "SELECT * FROM steplog_records WHERE subject_id = 'doc1' AND timestamp_ticks >= 1 AND timestamp_ticks < 9 AND operation_id = 'x' ORDER BY timestamp_ticks, sequence, id",
            "SELECT operation, is_run, step_name, duration_bucket, SUM(count), SUM(failed), SUM(warnings) FROM steplog_rollup " +
            "WHERE (grain = 1 AND bucket_ticks >= 3 AND bucket_ticks < 4) OR (grain = 0 AND bucket_ticks >= 1 AND bucket_ticks < 3) " +
            "OR (grain = 0 AND bucket_ticks >= 4 AND bucket_ticks < 5) GROUP BY operation, is_run, step_name, duration_bucket",
            "SELECT minute_ticks, runs, failed FROM steplog_run_minutes WHERE minute_ticks >= 1 AND minute_ticks < 2",
            "SELECT operation, step_name, status, error_message, COUNT(*), MAX(timestamp_ticks), operation_id, subject_id FROM steplog_records " +
            "WHERE status IN ('Error', 'Failed', 'Warning') AND timestamp_ticks >= 1 GROUP BY operation, step_name, status, error_message " +
            "ORDER BY MAX(timestamp_ticks) DESC, COUNT(*) DESC LIMIT 100",
        ];

        foreach (var sql in statements)
        {
            var plan = Plan(sql);
            Assert.DoesNotContain(plan, line => line.StartsWith("SCAN steplog_", StringComparison.Ordinal) && !line.Contains("USING", StringComparison.Ordinal));
        }

        // Batches are few among runs: they are listed from their own index, not found by reading through every run.
        Assert.Contains("ix_steplog_runs_batches", string.Join(" | ", Plan(Runs + " AND run_kind = 1" + Page)));
    }

    [Fact]
    public async Task A_file_written_by_schema_1_opens_and_answers_the_dashboard()
    {
        using (var connection = _file.Open())
        using (var command = connection.CreateCommand())
        {
            // Schema 1 as it shipped, and records as it wrote them.
            command.CommandText =
                """
                CREATE TABLE steplog_schema (version INTEGER NOT NULL);
                INSERT INTO steplog_schema (version) VALUES (1);
                CREATE TABLE steplog_records (
                    id INTEGER PRIMARY KEY, subject_id TEXT NOT NULL, step_name TEXT NOT NULL, status TEXT NOT NULL, operation TEXT NULL,
                    operation_id TEXT NULL, step_number INTEGER NOT NULL, total_steps INTEGER NOT NULL, details TEXT NULL, duration_ms REAL NULL,
                    error_message TEXT NULL, timestamp_ticks INTEGER NOT NULL, sequence INTEGER NOT NULL);
                CREATE INDEX ix_steplog_records_subject_time ON steplog_records (subject_id, timestamp_ticks);
                CREATE INDEX ix_steplog_records_status_time ON steplog_records (status, timestamp_ticks);
                INSERT INTO steplog_records (subject_id, step_name, status, operation, operation_id, step_number, total_steps, details, duration_ms, error_message, timestamp_ticks, sequence)
                VALUES ('doc1', 'Import', 'Running', 'Import', 'run1', 0, 1, NULL, NULL, NULL, $t0, 0),
                       ('doc1', 'Parse', 'Failed', 'Import', 'run1', 1, 1, NULL, 5.0, 'bad header', $t1, 0),
                       ('doc1', 'Import', 'Failed', 'Import', 'run1', 0, 1, '{"pages":3}', 20.0, 'bad header', $t2, 0);
                """;
            var start = DateTimeOffset.UtcNow.AddHours(-1);
            command.Parameters.AddWithValue("$t0", start.UtcTicks);
            command.Parameters.AddWithValue("$t1", start.AddMilliseconds(10).UtcTicks);
            command.Parameters.AddWithValue("$t2", start.AddMilliseconds(20).UtcTicks);
            command.ExecuteNonQuery();
        }

        await using var store = new SqliteStepStore(_file.ConnectionString);

        var run = Assert.Single((await store.Queries.GetRunsAsync(new StepRunQuery())).Runs);
        Assert.Equal(("run1", "Import", StepStatus.Failed, 20.0, "bad header"), (run.OperationId, run.Operation, run.Status, run.DurationMs, run.ErrorMessage));
        Assert.Equal(3L, run.Details["pages"]);
        Assert.Equal(3, (await store.Queries.GetRunAsync("run1"))!.Records.Count);
        var overview = await store.Queries.GetOverviewAsync(DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(60));
        Assert.Equal((1L, 1L), (overview.Operations.Single().Count, overview.Operations.Single().Failed));
        Assert.Equal(("Parse", 1L), (overview.Steps.Single().StepName, overview.Steps.Single().Failed));
        Assert.Equal(1L, overview.Timeline.Sum(bucket => bucket.Failed));
    }

    [Fact]
    public async Task Retention_deletes_the_runs_whose_records_are_all_gone()
    {
        var now = DateTimeOffset.UtcNow;
        await using var store = new SqliteStepStore(_file.ConnectionString, new StepStoreOptions { Retention = new StepRetention { Running = TimeSpan.FromDays(7) } });
        foreach (var record in (StepRecord[])[
            .. RunRecordsOf("old", now.AddDays(-8)),
            .. RunRecordsOf("recent", now.AddDays(-1)),
            .. RunRecordsOf("old, failed step kept", now.AddDays(-8)),
            new StepRecord("doc1", "Parse", StepStatus.Failed) { Operation = "Import", OperationId = "old, failed step kept", StepNumber = 1, Timestamp = now.AddDays(-8) }])
        {
            await store.AddAsync(record);
        }

        await store.FlushAsync();
        await store.ApplyRetentionAsync();

        Assert.Equal(
            ["recent", "old, failed step kept"],
            (await store.Queries.GetRunsAsync(new StepRunQuery())).Runs.Select(run => run.OperationId));
    }

    private static StepRecord[] RunRecordsOf(string id, DateTimeOffset at) =>
    [
        new("doc1", "Import", StepStatus.Running) { Operation = "Import", OperationId = id, Timestamp = at },
        new("doc1", "Import", StepStatus.Success) { Operation = "Import", OperationId = id, Timestamp = at.AddSeconds(1), DurationMs = 1000 },
    ];

    private List<string> Plan(string sql)
    {
        using var connection = _file.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var rows = command.ExecuteReader();
        var plan = new List<string>();
        while (rows.Read())
        {
            plan.Add(rows.GetString(3));
        }

        return plan;
    }
}

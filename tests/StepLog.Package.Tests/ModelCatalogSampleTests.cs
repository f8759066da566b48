namespace StepLog.Package.Tests;

/// <summary>
/// The ModelCatalog sample reproduces the seeds' examples line for line; its catalog file is fixed, so every count is
/// known (342 models from the provider, 27 of them unservable) and only durations vary.
/// </summary>
[Trait("Category", "EndToEnd")]
public class ModelCatalogSampleTests
{
    private const string Sample = "StepLog.Samples.ModelCatalog";

    [Fact]
    public void A_first_restore_of_the_sample_prints_no_warning_before_its_first_line()
    {
        var project = Path.Combine(Repository.Root, "samples", Sample, Sample + ".csproj");

        var restore = DotNetCli.Run(Repository.Root, "restore", project, "--force", "-nologo");

        Assert.True(restore.ExitCode == 0, restore.Describe());
        Assert.DoesNotMatch(@"warning [A-Z]+\d+", restore.StandardOutput + restore.StandardError);
    }

    [Fact]
    public void Sync_logs_the_seed_full_example_and_a_second_sync_updates_what_the_first_inserted()
    {
        using var sample = SampleRun.Of(Sample);

        var first = sample.Run("sync");
        var second = sample.Run();

        Assert.True(first.ExitCode == 0, first.Describe());
        Assert.Equal(SyncLines(inserted: 315, updated: 0), SampleRun.Lines(first.StandardOutput));
        Assert.True(second.ExitCode == 0, second.Describe());
        Assert.Equal(SyncLines(inserted: 0, updated: 315), SampleRun.Lines(second.StandardOutput));

        // steplog reads the sample's console as the sample documents it: one sync, five steps, nothing failed.
        var report = SampleReport.OfConsole(sample, first.StandardOutput);
        Assert.Equal((1, 1, 0, 0), report.Operations);
        Assert.Empty(report.FailedSteps);
    }

    [Fact]
    public void Sync_records_its_steps_in_steps_db_and_the_steps_scenario_reads_them_back()
    {
        using var sample = SampleRun.Of(Sample);

        var sync = sample.Run("sync");
        var steps = sample.Run("steps");

        Assert.True(sync.ExitCode == 0, sync.Describe());
        Assert.True(steps.ExitCode == 0, steps.Describe());
        string[] names = ["Fetch from provider API", "Validate and filter models", "Upsert to database", "Update cache", "Record metrics"];
        Assert.Equal(
            [
                "Steps of the last openrouter sync:",
                "  [0/5] Openrouter Model Sync: Running",
                .. names.SelectMany((name, i) => new[] { $"  [{i + 1}/5] {name}: Running", $"  [{i + 1}/5] {name}: Success # ms" }),
                "  [0/5] Openrouter Model Sync: Success # ms",
                "Errors and warnings of the last hour: 0",
            ],
            SampleRun.Lines(steps.StandardOutput).Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\d+\.\d ms", "# ms")));
        Assert.True(File.Exists(Path.Combine(sample.Directory, "steplog-samples", "model-catalog", "steps.db")));
    }

    [Fact]
    public void Cache_cold_misses_both_layers_and_nests_the_database_read_under_step_3()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run("cache-cold");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(
            [
                "[INFO] 🚀 START: Cache: Fetch Full Catalog (cache_type=full_catalog)",
                "[INFO] ▶️  [1/5] Checking local memory cache (cache_layer=local_memory)",
                "[INFO] ✅ [1/5] Checking local memory cache - SUCCESS (result=MISS, duration_ms=#)",
                "[INFO] ▶️  [2/5] Checking shared file cache (cache_layer=shared_file)",
                "[INFO] ✅ [2/5] Checking shared file cache - SUCCESS (result=MISS, duration_ms=#)",
                "[INFO] ▶️  [3/5] Fetching from database (cache_layer=database)",
                "    [INFO] 🚀 START: Database: Fetch All Models (table=models, include_inactive=false)",
                "    [INFO] ▶️  [1/2] Connecting to database (table=models, replica=read)",
                "    [INFO] ✅ [1/2] Connecting to database - SUCCESS (connection=ready, page_size=100, duration_ms=#)",
                "    [INFO] ▶️  [2/2] Fetching models (paginated) (table=models)",
                "    [INFO] ✅ [2/2] Fetching models (paginated) - SUCCESS (total_models=315, batches=4, page_size=100, duration_ms=#)",
                "    [INFO] 🏁 COMPLETE: Database: Fetch All Models (status=success, total_models=315, total_duration_ms=#)",
                "[INFO] ✅ [3/5] Fetching from database - SUCCESS (db_models=315, duration_ms=#)",
                "[INFO] ▶️  [4/5] Transforming models to API format (count=315)",
                "[INFO] ✅ [4/5] Transforming models to API format - SUCCESS (api_models=315, duration_ms=#)",
                "[INFO] ▶️  [5/5] Populating caches (targets=shared_file+local)",
                "[INFO] ✅ [5/5] Populating caches - SUCCESS (shared_file=updated, local=updated, ttl=900, duration_ms=#)",
                "[INFO] 🏁 COMPLETE: Cache: Fetch Full Catalog (source=database, models=315, cache_status=populated, total_duration_ms=#)",
            ],
            SampleRun.Lines(run.StandardOutput));
    }

    [Fact]
    public void Cache_hot_ends_the_operation_at_step_1_on_a_memory_hit()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run("cache-hot");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(
            [
                "[INFO] 🚀 START: Cache: Fetch Full Catalog (cache_type=full_catalog)",
                "[INFO] ▶️  [1/5] Checking local memory cache (cache_layer=local_memory)",
                "[INFO] ✅ [1/5] Checking local memory cache - SUCCESS (result=HIT, count=315, duration_ms=#)",
                "[INFO] 🏁 COMPLETE: Cache: Fetch Full Catalog (source=local_memory, models=315, total_duration_ms=#)",
            ],
            SampleRun.Lines(run.StandardOutput));
    }

    [Fact]
    public void Fail_timeout_fails_step_1_with_the_timeout_and_exits_1()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run("fail-timeout");

        Assert.True(run.ExitCode == 1, run.Describe());
        var lines = SampleRun.Lines(run.StandardOutput);
        Assert.Equal(
            [
                "[INFO] 🚀 START: Openrouter Model Sync (provider=openrouter)",
                "[INFO] ▶️  [1/5] Fetch from provider API (provider=openrouter)",
                "[ERROR] ❌ [1/5] Fetch from provider API - FAILED: Request timeout after 2s (duration_ms=#)",
                "[ERROR] 🏁 COMPLETE: Openrouter Model Sync (status=failed, error=Request timeout after 2s, total_duration_ms=#)",
                "[ERROR] Openrouter timeout error: Request timeout after 2s",
            ],
            lines.Where(l => l.StartsWith('[')));
        Assert.Contains("    | System.TimeoutException: Request timeout after 2s", lines);

        // steplog reads it as the sample documents it: the sync failed, at its step 1, and nothing else.
        var report = SampleReport.OfConsole(sample, run.StandardOutput);
        Assert.Equal((1, 0, 1, 0), report.Operations);
        Assert.Equal(["Openrouter Model Sync [1] Fetch from provider API"], report.FailedSteps);
    }

    [Fact]
    public void Fail_db_fails_the_connection_step_of_the_database_read_and_exits_1()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run("fail-db");

        Assert.True(run.ExitCode == 1, run.Describe());
        const string Error = "SQLite Error 14: 'unable to open database file'.";
        Assert.Equal(
            [
                "[INFO] 🚀 START: Database: Fetch All Models (table=models, include_inactive=false)",
                "[INFO] ▶️  [1/2] Connecting to database (table=models, replica=read)",
                $"[ERROR] ❌ [1/2] Connecting to database - FAILED: {Error} (duration_ms=#)",
                $"[ERROR] 🏁 COMPLETE: Database: Fetch All Models (status=failed, error={Error}, total_duration_ms=#)",
                $"[ERROR] Error fetching all models for catalog: {Error}",
            ],
            SampleRun.Lines(run.StandardOutput).Where(l => l.StartsWith('[')));
    }

    [Fact]
    public void Unknown_scenario_names_the_scenarios_and_exits_2()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run("sink");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Use one of: sync, cache-cold, cache-hot, fail-timeout, fail-db, steps.", run.StandardError, StringComparison.Ordinal);
    }

    private static string[] SyncLines(int inserted, int updated) =>
    [
        "[INFO] 🚀 START: Openrouter Model Sync (provider=openrouter)",
        "[INFO] ▶️  [1/5] Fetch from provider API (provider=openrouter)",
        "[INFO] ✅ [1/5] Fetch from provider API - SUCCESS (raw_models=342, duration_ms=#)",
        "[INFO] ▶️  [2/5] Validate and filter models (input_count=342)",
        "[INFO] ✅ [2/5] Validate and filter models - SUCCESS (valid=315, filtered=27, duration_ms=#)",
        "[INFO] ▶️  [3/5] Upsert to database (table=models)",
        $"[INFO] ✅ [3/5] Upsert to database - SUCCESS (inserted={inserted}, updated={updated}, duration_ms=#)",
        "[INFO] ▶️  [4/5] Update cache (cache_type=shared_file+local)",
        "[INFO] ✅ [4/5] Update cache - SUCCESS (cache_status=updated, ttl=1800, duration_ms=#)",
        "[INFO] ▶️  [5/5] Record metrics (provider=openrouter)",
        "[INFO] ✅ [5/5] Record metrics - SUCCESS (metrics=recorded, duration_ms=#)",
        "[INFO] 🏁 COMPLETE: Openrouter Model Sync (provider=openrouter, total_models=315, status=success, total_duration_ms=#)",
    ];
}

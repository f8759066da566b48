using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>
/// The code shapes of the seed documents (000 quick start, 001 implementation guide) in C#: each as written passes
/// clean, and each with one call removed gets the diagnostic. The seeds are translated with <c>using var</c>, the C#
/// form the runtime documents: without it the Python shapes "With Error Handling" and "Implementation Guide" leave the
/// operation incomplete when they re-raise after Failure (the seed's own tip: "Always call .complete() even on
/// errors"), and SL1002 says so — see <see cref="With_error_handling_without_using_leaves_the_operation_incomplete_on_rethrow"/>.
/// </summary>
public class SeedShapeTests
{
    private const string Helpers = """
            static string? ApiKey() => "key";
            static List<int> HttpGet(string url) => new List<int>();
            static List<int> ProcessModels(List<int> data) => data;
            static void CacheSet(List<int> data) { }
            static List<int>? RedisGet(string key) => null;
            static List<int>? LocalGet(string key) => null;
            static List<int> DbQuery(string sql) => new List<int>();
            static List<int> FetchFromProvider(string provider) => new List<int>();
            static (int Inserted, int Updated) BulkUpsert(List<int> models) => (0, models.Count);
            static void UpdateCache(string provider, List<int> models) { }
            static void RecordSyncMetrics(string provider, int count) { }
            static List<int> DoFirstStep() => new List<int>();
            static List<int> DoSecondStep(List<int> input) => input;
            static List<int> DoThirdStep(List<int> input) => input;

        """;

    private static string Code(string method) => FlowCode.InClass(Helpers + method);

    private const string Basic = """
            void DataSync()
            {
                using var op = new StepLogger(_log, "Data Sync", totalSteps: 2);
                op.Start(("source", "api"));

                op.Step(1, "Fetch data", ("source", "api"));
                var data = Fetch();
                op.Success(("records", data.Count));

                op.Step(2, "Store data", ("target", "database"));
                Store(data);
                [[op.Success(("stored", data.Count));]]

                op.Complete(("total_records", data.Count));
            }
        """;

    [Fact]
    public Task Basic_operation_as_written_is_clean() => VerifyFlowAsync(Code(AsWritten(Basic)));

    [Fact]
    public Task Basic_operation_without_the_last_Success_reports_SL1001() => VerifyFlowAsync(Code(Removed(Basic)
            .Replace("op.Step(2, \"Store data\", (\"target\", \"database\"))", "{|#0:op.Step(2, \"Store data\", (\"target\", \"database\"))|}")),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("2 \"Store data\"", "op", "Complete"));

    private const string WithErrorHandling = """
            void RiskyOperation()
            {
                using var op = new StepLogger(_log, "Risky Operation", totalSteps: 2);
                op.Start();

                MARK_STEPop.Step(1, "Risky step")MARK_END;
                try
                {
                    var result = Fetch();
                    op.Success(("status", "ok"));
                }
                catch (Exception e)
                {
                    [[op.Failure(e, ("attempted", true));]]
                    throw;
                }

                op.Complete(("status", "success"));
            }
        """;

    [Fact]
    public Task With_error_handling_as_written_is_clean() => VerifyFlowAsync(Code(AsWritten(WithErrorHandling)));

    [Fact]
    public Task With_error_handling_without_Failure_reports_SL1001_at_the_rethrow() => VerifyFlowAsync(Code(Removed(WithErrorHandling, markStep: true)),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Risky step\"", "op", "a throw"));

    [Fact]
    public Task With_error_handling_without_using_leaves_the_operation_incomplete_on_rethrow() => VerifyFlowAsync(Code(AsWritten(WithErrorHandling)
            .Replace("using var op", "var op").Replace("op.Start();", "{|#0:op.Start()|};")),
        Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a throw"));

    private const string ProviderApiFetch = """
            List<int>? ProviderFetch(string url)
            {
                using var op = new StepLogger(_log, "Provider Fetch", totalSteps: 4);
                op.Start(("provider", "openrouter"));

                // Step 1: Validate
                MARK_STEPop.Step(1, "Validate API key")MARK_END;
                if (ApiKey() is null)
                {
                    [[op.Failure(new InvalidOperationException("No API key"));]]
                    return null;
                }

                op.Success(("status", "valid"));

                // Step 2: Fetch
                op.Step(2, "Fetch from API");
                var response = HttpGet(url);
                op.Success(("status_code", 200), ("count", response.Count));

                // Step 3: Process
                op.Step(3, "Process models");
                var processed = ProcessModels(response);
                op.Success(("final_count", processed.Count));

                // Step 4: Cache
                op.Step(4, "Cache results");
                CacheSet(processed);
                op.Success(("cached", processed.Count));

                op.Complete(("total_models", processed.Count));
                return processed;
            }
        """;

    [Fact]
    public Task Provider_api_fetch_as_written_is_clean() => VerifyFlowAsync(Code(AsWritten(ProviderApiFetch)));

    [Fact]
    public Task Provider_api_fetch_without_Failure_before_the_early_return_reports_SL1001() => VerifyFlowAsync(Code(Removed(ProviderApiFetch, markStep: true)),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Validate API key\"", "op", "a return"));

    private const string DatabaseQuery = """
            int DbQuery()
            {
                using var op = new StepLogger(_log, "DB Query", totalSteps: 2);
                op.Start(("table", "models"));

                // Step 1: Connect
                MARK_STEPop.Step(1, "Connect to database", ("replica", "read"))MARK_END;
                var db = Fetch();
                [[op.Success(("connection", "ready"));]]

                // Step 2: Query
                op.Step(2, "Execute query", ("table", "models"));
                var results = DbQuery("SELECT * FROM models");
                op.Success(("rows", results.Count));

                op.Complete(("total_rows", results.Count));
                return results.Count;
            }
        """;

    [Fact]
    public Task Database_query_as_written_is_clean() => VerifyFlowAsync(Code(AsWritten(DatabaseQuery)));

    [Fact]
    public Task Database_query_without_the_first_Success_reports_SL1001() => VerifyFlowAsync(Code(Removed(DatabaseQuery, markStep: true)),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Connect to database\"", "op", "the next Step"));

    private const string CacheLookup = """
            List<int> CacheLookup(string key)
            {
                using var op = new StepLogger(_log, "Cache Lookup", totalSteps: 3);
                op.Start(("key", "models:all"));

                // Step 1: Redis
                op.Step(1, "Check Redis", ("cache", "redis"));
                var redisData = RedisGet(key);
                if (redisData is not null)
                {
                    op.Success(("result", "HIT"), ("count", redisData.Count));
                    op.Complete(("source", "redis"));
                    return redisData;
                }

                op.Success(("result", "MISS"));

                // Step 2: Local
                MARK_STEPop.Step(2, "Check local cache", ("cache", "memory"))MARK_END;
                var localData = LocalGet(key);
                if (localData is not null)
                {
                    [[op.Success(("result", "HIT"), ("count", localData.Count));]]
                    op.Complete(("source", "local"));
                    return localData;
                }

                op.Success(("result", "MISS"));

                // Step 3: Database fallback
                op.Step(3, "Fetch from database", ("cache", "miss"));
                var dbData = DbQuery("SELECT ...");
                op.Success(("rows", dbData.Count));

                op.Complete(("source", "database"), ("total_rows", dbData.Count));
                return dbData;
            }
        """;

    [Fact]
    public Task Cache_lookup_with_early_returns_as_written_is_clean() => VerifyFlowAsync(Code(AsWritten(CacheLookup)));

    [Fact]
    public Task Cache_lookup_without_Success_on_the_hit_path_reports_SL1001() => VerifyFlowAsync(Code(Removed(CacheLookup, markStep: true)),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("2 \"Check local cache\"", "op", "Complete"));

    private const string FullExampleModelSync = """
            int SyncModelsFromProvider(string providerName)
            {
                var op = new StepLogger(_log, providerName + " Model Sync", totalSteps: 5);
                MARK_STARTop.Start(("provider", providerName))MARK_END;

                try
                {
                    // Step 1: Fetch from provider API
                    op.Step(1, "Fetch from provider API", ("provider", providerName));
                    var models = FetchFromProvider(providerName);
                    op.Success(("raw_models", models.Count));

                    // Step 2: Validate and filter
                    op.Step(2, "Validate and filter models", ("input_count", models.Count));
                    var validModels = Validate(models);
                    op.Success(("valid", validModels.Count), ("filtered", models.Count - validModels.Count));

                    // Step 3: Upsert to database
                    op.Step(3, "Upsert to database", ("table", "models"));
                    var dbResults = BulkUpsert(validModels);
                    op.Success(("inserted", dbResults.Inserted), ("updated", dbResults.Updated));

                    // Step 4: Update cache
                    op.Step(4, "Update cache", ("cache_type", "redis"));
                    UpdateCache(providerName, validModels);
                    op.Success(("cache_status", "updated"), ("ttl", 1800));

                    // Step 5: Record metrics
                    op.Step(5, "Record metrics", ("provider", providerName));
                    RecordSyncMetrics(providerName, validModels.Count);
                    op.Success(("metrics", "recorded"));

                    // Complete
                    op.Complete(("provider", providerName), ("total_models", validModels.Count), ("status", "success"));

                    return new List<int>(validModels).Count;
                }
                catch (Exception e)
                {
                    op.Failure(e, ("provider", providerName));
                    [[op.Complete(e);]]
                    throw;
                }
            }
        """;

    /// <summary>The full example completes in its catch, so it is clean even without using.</summary>
    [Fact]
    public Task Full_example_model_sync_as_written_is_clean_without_using() => VerifyFlowAsync(Code(AsWritten(FullExampleModelSync)));

    [Fact]
    public Task Full_example_model_sync_without_Complete_in_the_catch_reports_SL1002() => VerifyFlowAsync(Code(Removed(FullExampleModelSync, markStart: true)),
        Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a throw"));

    private const string ImplementationGuide = """
            List<int> MyComplexOperation()
            {
                using var op = new StepLogger(_log, "My Operation", totalSteps: 3);
                op.Start(("param1", "value1"), ("param2", "value2"));

                try
                {
                    // Step 1
                    op.Step(1, "First step", ("context", "info"));
                    var result1 = DoFirstStep();
                    op.Success(("count", result1.Count));

                    // Step 2
                    op.Step(2, "Second step", ("input_count", result1.Count));
                    var result2 = DoSecondStep(result1);
                    op.Success(("output_count", result2.Count));

                    // Step 3
                    MARK_STEPop.Step(3, "Third step")MARK_END;
                    var result3 = DoThirdStep(result2);
                    [[op.Success(("final_count", result3.Count));]]

                    // Complete
                    op.Complete(("total_items", result3.Count), ("status", "success"));

                    return result3;
                }
                catch (Exception e)
                {
                    op.Failure(e, ("context", "error_context"));
                    throw;
                }
            }
        """;

    /// <summary>
    /// As written the guide names its steps "First step", "Second step", "Third step" — names SL1006 (a separate
    /// analyzer, info) calls vague; the flow rules find nothing.
    /// </summary>
    [Fact]
    public Task Implementation_guide_as_written_is_clean() => VerifyFlowAsync(Code(AsWritten(ImplementationGuide)));

    [Fact]
    public Task Implementation_guide_without_the_third_Success_reports_SL1001() => VerifyFlowAsync(Code(Removed(ImplementationGuide, markStep: true)),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("3 \"Third step\"", "op", "Complete"));

    [Fact]
    public Task Implementation_guide_without_using_leaves_the_operation_incomplete_on_rethrow() => VerifyFlowAsync(Code(AsWritten(ImplementationGuide)
            .Replace("using var op", "var op").Replace("op.Start((\"param1\", \"value1\"), (\"param2\", \"value2\"));", "{|#0:op.Start((\"param1\", \"value1\"), (\"param2\", \"value2\"))|};")),
        Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a throw"));

    [Fact]
    public Task Implementation_guide_step_names_are_vague_for_SL1006() => VerifyAnalyzerAsync<global::StepLog.Analyzers.Flow.VagueStepNameAnalyzer>(
        Code(AsWritten(ImplementationGuide)
            .Replace("\"First step\"", "{|#0:\"First step\"|}")
            .Replace("\"Second step\"", "{|#1:\"Second step\"|}")
            .Replace("\"Third step\"", "{|#2:\"Third step\"|}")),
        Diagnostic(Descriptors.VagueStepName).WithLocation(0).WithArguments("First step"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(1).WithArguments("Second step"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(2).WithArguments("Third step"));

    /// <summary>The seed as written: the call in [[...]] kept, no markers.</summary>
    private static string AsWritten(string method) => method
        .Replace("[[", "").Replace("]]", "")
        .Replace("MARK_STEP", "").Replace("MARK_START", "").Replace("MARK_END", "");

    /// <summary>The seed with the call in [[...]] removed, the Step or Start marked as location 0.</summary>
    private static string Removed(string method, bool markStep = false, bool markStart = false)
    {
        var start = method.IndexOf("[[", StringComparison.Ordinal);
        var end = method.IndexOf("]]", StringComparison.Ordinal) + 2;
        var removed = method.Remove(start, end - start);
        return removed
            .Replace("MARK_STEP", markStep ? "{|#0:" : "").Replace("MARK_START", markStart ? "{|#0:" : "")
            .Replace("MARK_END", markStep || markStart ? "|}" : "");
    }
}

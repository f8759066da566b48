using System.Text.RegularExpressions;

namespace StepLog.Package.Tests;

/// <summary>
/// A new user's first ten minutes: a fresh console project that references only the StepLog package, an annotated
/// class, `dotnet build` with warnings as errors, `dotnet run`, the seed's lines; then a mistake, and SL0001.
/// </summary>
[Collection(PackedPackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public class NewUserTests(PackedPackage package)
{
    private const string AnnotatedProgram = """
        using StepLog;

        var sync = new CatalogSync();
        var valid = await sync.SyncAsync("openrouter", CancellationToken.None);
        Console.Error.WriteLine($"valid={valid}");

        try
        {
            await sync.SyncAsync("offline", CancellationToken.None);
        }
        catch (TimeoutException e)
        {
            // The user's exception arrives as itself, thrown from the user's own method.
            Console.Error.WriteLine($"caught {e.GetType().Name}: {e.Message} at {e.StackTrace?.Contains("FetchAsyncCore", StringComparison.Ordinal)}");
        }

        public sealed partial class CatalogSync
        {
            [Operation("Model Sync")]
            public partial Task<int> SyncAsync([Log] string provider, CancellationToken ct);

            [Step(1, "Fetch from provider API", Result = "raw_models")]
            private partial Task<IReadOnlyList<string>> FetchAsync([Log] string provider, CancellationToken ct);

            [Step(2, "Validate and filter models")]
            private partial (int Valid, int Filtered) Validate(IReadOnlyList<string> models);

            private async Task<int> SyncAsyncCore(string provider, CancellationToken ct)
            {
                var models = await FetchAsync(provider, ct);
                return Validate(models).Valid;
            }

            private async Task<IReadOnlyList<string>> FetchAsyncCore(string provider, CancellationToken ct)
            {
                await Task.Delay(1, ct);
                if (provider == "offline")
                {
                    throw new TimeoutException("Request timeout after 30s");
                }

                return ["gpt-4o", "claude-sonnet", "", "llama-3"];
            }

            private (int Valid, int Filtered) ValidateCore(IReadOnlyList<string> models)
            {
                var valid = models.Count(m => m.Length > 0);
                return (valid, models.Count - valid);
            }
        }
        """;

    private const string MistakeProgram = """
        using StepLog;

        Console.WriteLine(new CatalogSync().Fetch());

        public sealed partial class CatalogSync
        {
            [Step(1, "Fetch from provider API")]
            public int Fetch() => 42;
        }
        """;

    [Fact]
    public void Annotated_class_builds_with_warnings_as_errors_and_logs_the_seed_lines()
    {
        var project = ConsumerProject.Create(package, "annotated", AnnotatedProgram);

        var run = project.BuildCleanlyAndRun();
        Assert.Equal(
            [
                "[INFO] 🚀 START: Model Sync (provider=openrouter)",
                "[INFO] ▶️  [1/2] Fetch from provider API (provider=openrouter)",
                "[INFO] ✅ [1/2] Fetch from provider API - SUCCESS (raw_models=4, duration_ms=#)",
                "[INFO] ▶️  [2/2] Validate and filter models",
                "[INFO] ✅ [2/2] Validate and filter models - SUCCESS (valid=3, filtered=1, duration_ms=#)",
                "[INFO] 🏁 COMPLETE: Model Sync (status=success, total_duration_ms=#)",
                "[INFO] 🚀 START: Model Sync (provider=offline)",
                "[INFO] ▶️  [1/2] Fetch from provider API (provider=offline)",
                "[ERROR] ❌ [1/2] Fetch from provider API - FAILED: Request timeout after 30s (duration_ms=#)",
                "[ERROR] 🏁 COMPLETE: Model Sync (status=failed, error=Request timeout after 30s, total_duration_ms=#)",
            ],
            LogLines(run.StandardOutput));

        // The failed step's line carries the exception, printed indented beneath it.
        Assert.Contains("    | System.TimeoutException: Request timeout after 30s", Lines(run.StandardOutput));
        Assert.Equal(["valid=3", "caught TimeoutException: Request timeout after 30s at True"], Lines(run.StandardError));
    }

    private const string LibrarySource = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using StepLog;

        namespace Catalog
        {
            public sealed partial class CatalogImport
            {
                private readonly ILogger<CatalogImport> _logger;

                public CatalogImport(ILogger<CatalogImport> logger) => _logger = logger;

                [Operation("Catalog Import")]
                public partial Task<int> ImportAsync([Log] string source, CancellationToken ct);

                [Step(1, "Read rows", Result = "rows")]
                private partial IReadOnlyList<string> Read([Log] string source);

                [Step(2, "Store rows")]
                private partial Task<(int Inserted, int Updated)> StoreAsync(IReadOnlyList<string> rows, CancellationToken ct);

                private async Task<int> ImportAsyncCore(string source, CancellationToken ct)
                {
                    var (inserted, updated) = await StoreAsync(Read(source), ct).ConfigureAwait(false);
                    return inserted + updated;
                }

                private IReadOnlyList<string> ReadCore(string source) => new[] { source + ":1", source + ":2" };

                private Task<(int Inserted, int Updated)> StoreAsyncCore(IReadOnlyList<string> rows, CancellationToken ct) =>
                    Task.FromResult((rows.Count, 0));
            }
        }
        """;

    [Fact]
    public void Netstandard2_library_in_CSharp_9_builds_with_warnings_as_errors()
    {
        var project = ConsumerProject.Create(package, "library", LibrarySource, """
            <OutputType>Library</OutputType>
            <TargetFramework>netstandard2.0</TargetFramework>
            <LangVersion>9.0</LangVersion>
            """);

        project.AssertBuildsCleanly();
    }

    [Fact]
    public void Non_partial_step_method_fails_the_build_with_SL0001_naming_the_method()
    {
        var project = ConsumerProject.Create(package, "mistake", MistakeProgram);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        var errors = Lines(build.StandardOutput).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        var sl0001 = Assert.Single(errors, e => e.Contains("error SL0001:", StringComparison.Ordinal));
        // On the method (its attribute or its name), in the user's file, naming it and saying what to do.
        Assert.Matches(@"Program\.cs\((7|8),\d+\): error SL0001: '(CatalogSync\.)?Fetch' .*partial", sl0001);
        Assert.DoesNotContain(errors, e => e.Contains("error CS", StringComparison.Ordinal) || e.Contains("error AD", StringComparison.Ordinal));
    }

    private const string UserShapesProgram = """
        using Microsoft.Extensions.Logging;
        using StepLog;

        var sender = new Sender(StepLogging.CreateLogger("Sender"));
        Console.Error.WriteLine($"sent={sender.Send("abc")}");
        Console.Error.WriteLine($"measured={Spans.Measure<ReadOnlySpan<byte>>(3, [1, 2, 3])}");

        // A parameter named like the primary-constructor logger, another like the body it wraps.
        public sealed partial class Sender(ILogger logger)
        {
            [Operation("Send")]
            public partial int Send([Log] string logger);

            [Step(1, "Count distinct values", Result = "values")]
            private partial IEnumerable<decimal> Values([Log] IEnumerable<int> query, [Log] string ValuesCore);

            private int SendCore(string logger) => Values(new[] { 1, 2, 3 }.Where(i => i > 1), logger).Count();

            private IEnumerable<decimal> ValuesCore(IEnumerable<int> query, string ValuesCore) =>
                new HashSet<decimal> { 1m, 2m, ValuesCore.Length };
        }

        // A generic step whose type argument may be a span.
        public static partial class Spans
        {
            [Step(1, "Measure span", Result = "size")]
            public static partial int Measure<T>([Log] int count, T item)
                where T : allows ref struct;

            private static int MeasureCore<T>(int count, T item)
                where T : allows ref struct => count * 2;
        }
        """;

    [Fact]
    public void Shapes_that_once_broke_the_generated_code_build_with_warnings_as_errors_and_log_as_documented()
    {
        var project = ConsumerProject.Create(package, "shapes", UserShapesProgram);

        var run = project.BuildCleanlyAndRun();
        Assert.Equal(
            [
                "[INFO] 🚀 START: Send (logger=abc)",
                "[INFO] ▶️  [1/1] Count distinct values (query=<sequence>, values_core=abc)",
                "[INFO] ✅ [1/1] Count distinct values - SUCCESS (values=3, duration_ms=#)",
                "[INFO] 🏁 COMPLETE: Send (status=success, total_duration_ms=#)",
                "[INFO] ▶️  [1/1] Measure span (count=3)",
                "[INFO] ✅ [1/1] Measure span - SUCCESS (size=6, duration_ms=#)",
            ],
            LogLines(run.StandardOutput));
        Assert.Equal(["sent=3", "measured=6"], Lines(run.StandardError));
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    // The lines StepLog's console formatter wrote (they open with the level tag), durations normalised.
    private static string[] LogLines(string output) =>
        Lines(output)
            .Where(l => l.StartsWith('['))
            .Select(l => Regex.Replace(l, @"duration_ms=\d+\.\d", "duration_ms=#"))
            .ToArray();
}

namespace StepLog.Generators.Tests;

/// <summary>
/// User code for each method shape the generator implements. Every source compiles as C# 9 unless listed in
/// <see cref="NeedsLatest"/>, so that the generated code is checked under the oldest language version we support.
/// </summary>
public static class ShapeSources
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["SyncValueStep"] = """
            namespace Shapes
            {
                public partial class Parser
                {
                    private readonly ILogger _logger;
                    public Parser(ILogger logger) => _logger = logger;

                    [Step(1, "Parse input", Result = "length")]
                    public partial int Parse([Log] string text, [Log("max")] int maxLength);
                    private int ParseCore(string text, int maxLength) => Math.Min(text.Length, maxLength);
                }
            }
            """,
        ["VoidStep"] = """
            namespace Shapes
            {
                public partial class Writer
                {
                    private readonly ILogger<Writer> _logger;
                    public Writer(ILogger<Writer> logger) => _logger = logger;

                    [Step(1, "Write output")]
                    internal partial void Write([Log] string? path);
                    private void WriteCore(string? path) { }
                }
            }
            """,
        ["TaskStep"] = """
            namespace Shapes
            {
                public partial class Saver
                {
                    private readonly ILogger _logger;
                    public Saver(ILogger logger) => _logger = logger;

                    [Step(1, "Save", Level = LogLevel.Debug)]
                    public partial Task SaveAsync(CancellationToken cancellationToken);
                    private Task SaveAsyncCore(CancellationToken cancellationToken) => Task.CompletedTask;
                }
            }
            """,
        ["TaskOfTStep"] = """
            namespace Shapes
            {
                public sealed record Model(string Id);

                public partial class Fetcher
                {
                    private readonly ILogger _logger;
                    public Fetcher(ILogger logger) => _logger = logger;

                    [Step(1, "Fetch from provider API", Result = "raw_models")]
                    public partial Task<IReadOnlyList<Model>> FetchAsync([Log] string provider, CancellationToken ct);
                    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider, CancellationToken ct) => Task.FromResult<IReadOnlyList<Model>>(new Model[0]);
                }
            }
            """,
        ["ValueTaskStep"] = """
            namespace Shapes
            {
                public partial class Flusher
                {
                    private readonly ILogger _logger;
                    public Flusher(ILogger logger) => _logger = logger;

                    [Step(1, "Flush")]
                    public partial ValueTask FlushAsync();
                    private ValueTask FlushAsyncCore() => default;
                }
            }
            """,
        ["ValueTaskOfTStep"] = """
            namespace Shapes
            {
                public partial class Counter
                {
                    private readonly ILogger _logger;
                    public Counter(ILogger logger) => _logger = logger;

                    [Step(1, "Count rows", Result = "rows")]
                    public partial ValueTask<long> CountAsync([Log] string table);
                    private ValueTask<long> CountAsyncCore(string table) => new ValueTask<long>(42L);

                    [Step(2, "Find name")]
                    public partial ValueTask<string?> FindAsync(int id);
                    private ValueTask<string?> FindAsyncCore(int id) => new ValueTask<string?>((string?)null);
                }
            }
            """,
        ["StaticMethodsInStaticClass"] = """
            namespace Shapes
            {
                public static partial class Tools
                {
                    private static readonly ILogger Log = new Microsoft.Extensions.Logging.Abstractions.NullLogger<object>();

                    [Step(1, "Hash")]
                    public static partial int Hash([Log] string text);
                    private static int HashCore(string text) => text.Length;

                    [Step(2, "Normalize")]
                    public static partial string Normalize(this string text);
                    private static string NormalizeCore(this string text) => text.Trim();
                }
            }
            """,
        ["GenericMethod"] = """
            namespace Shapes
            {
                public partial class Store
                {
                    private readonly ILogger _logger;
                    public Store(ILogger logger) => _logger = logger;

                    [Step(1, "Load item", Result = "item")]
                    public partial Task<T?> LoadAsync<T, TKey>([Log] TKey key)
                        where T : class, new()
                        where TKey : notnull, IComparable<TKey>;
                    private Task<T?> LoadAsyncCore<T, TKey>(TKey key)
                        where T : class, new()
                        where TKey : notnull, IComparable<TKey> => Task.FromResult<T?>(new T());

                    [Step(2, "Sum")]
                    public partial TValue Sum<TValue>(TValue a, TValue b) where TValue : unmanaged;
                    private TValue SumCore<TValue>(TValue a, TValue b) where TValue : unmanaged => a;
                }
            }
            """,
        ["GenericNestedTypes"] = """
            namespace Shapes
            {
                public partial class Outer<TOuter>
                    where TOuter : class
                {
                    internal partial struct Inner<TInner>
                    {
                        [Step(1, "Combine", Result = "combined")]
                        public partial string Combine([Log] TOuter outer, TInner inner);
                        private string CombineCore(TOuter outer, TInner inner) => outer.ToString() + inner;
                    }
                }
            }
            """,
        ["RecordTypes"] = """
            namespace Shapes
            {
                public partial record Importer(ILogger Logger)
                {
                    [Step(1, "Import")]
                    public partial int Import([Log] int count);
                    private int ImportCore(int count) => count;
                }

                public readonly partial record struct Point(int X, int Y)
                {
                    [Step(1, "Measure", Result = "distance")]
                    public partial double Measure();
                    private double MeasureCore() => Math.Sqrt((X * X) + (Y * Y));
                }
            }
            """,
        ["ParameterModifiers"] = """
            namespace Shapes
            {
                public partial class Modifiers
                {
                    private readonly ILogger _logger;
                    public Modifiers(ILogger logger) => _logger = logger;

                    [Step(1, "Parse with modifiers")]
                    public partial bool TryParse([Log] in int start, ref int position, out string? value, [Log] int limit = 10, [Log] params string[] names);
                    private bool TryParseCore(in int start, ref int position, out string? value, int limit, params string[] names)
                    {
                        value = null;
                        return false;
                    }

                    [Step(2, "Read readonly ref")]
                    public partial int Read(ref readonly int value, scoped Span<byte> buffer);
                    private int ReadCore(ref readonly int value, scoped Span<byte> buffer) => value;
                }
            }
            """,
        ["NamedTupleResult"] = """
            namespace Shapes
            {
                public partial class Validator
                {
                    private readonly ILogger _logger;
                    public Validator(ILogger logger) => _logger = logger;

                    [Step(1, "Validate and filter models")]
                    public partial (int Valid, int Filtered) Validate(IReadOnlyList<string> models);
                    private (int Valid, int Filtered) ValidateCore(IReadOnlyList<string> models) => (models.Count, 0);

                    [Step(2, "Split")]
                    public partial Task<(List<string> Kept, string[] Dropped, int)> SplitAsync(IReadOnlyList<string> models);
                    private Task<(List<string> Kept, string[] Dropped, int)> SplitAsyncCore(IReadOnlyList<string> models) =>
                        Task.FromResult((new List<string>(), new string[0], 0));
                }
            }
            """,
        ["CollectionResults"] = """
            namespace Shapes
            {
                public partial class Lister
                {
                    private readonly ILogger _logger;
                    public Lister(ILogger logger) => _logger = logger;

                    [Step(1, "List", Result = "items")]
                    public partial List<int> List();
                    private List<int> ListCore() => new List<int>();

                    [Step(2, "Array", Result = "bytes")]
                    public partial byte[]? Bytes();
                    private byte[]? BytesCore() => null;

                    [Step(3, "Sequence", Result = "sequence")]
                    public partial IEnumerable<int> Sequence();
                    private IEnumerable<int> SequenceCore() => new int[0];

                    [Step(4, "Dictionary", Result = "entries")]
                    public partial IDictionary<string, int> Entries([Log] ICollection<string> keys);
                    private IDictionary<string, int> EntriesCore(ICollection<string> keys) => new Dictionary<string, int>();
                }
            }
            """,
        ["ModelSyncOperation"] = """
            namespace Shapes
            {
                public sealed record Model(string Id);

                public partial class ModelSync
                {
                    private readonly ILogger<ModelSync> _logger;
                    public ModelSync(ILogger<ModelSync> logger) => _logger = logger;

                    [Operation("Model Sync", Result = "synced")]
                    public partial Task<int> SyncAsync([Log] string provider, CancellationToken ct);

                    [Step(1, "Fetch from provider API", Result = "raw_models")]
                    private partial Task<IReadOnlyList<Model>> FetchAsync([Log] string provider, CancellationToken ct);

                    [Step(2, "Validate and filter models")]
                    private partial (int Valid, int Filtered) Validate(IReadOnlyList<Model> models);

                    private async Task<int> SyncAsyncCore(string provider, CancellationToken ct)
                    {
                        var models = await FetchAsync(provider, ct);
                        return Validate(models).Valid;
                    }

                    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider, CancellationToken ct) => Task.FromResult<IReadOnlyList<Model>>(new Model[0]);
                    private (int Valid, int Filtered) ValidateCore(IReadOnlyList<Model> models) => (models.Count, 0);
                }
            }
            """,
        ["SyncAndValueTaskOperations"] = """
            namespace Shapes
            {
                public partial class Jobs
                {
                    private readonly ILogger _logger;
                    public Jobs(ILogger logger) => _logger = logger;

                    [Operation("Import", Level = LogLevel.Debug)]
                    public partial void Import([Log] string source);
                    private void ImportCore(string source) => Load(source);

                    [Operation("Export", Result = "written")]
                    public partial ValueTask<int> ExportAsync([Log] string target);
                    private ValueTask<int> ExportAsyncCore(string target) => new ValueTask<int>(Store(target));

                    [Step(1, "Load", Operation = nameof(Import))]
                    private partial void Load(string source);
                    private void LoadCore(string source) { }

                    [Step(1, "Store", Operation = nameof(ExportAsync))]
                    private partial int Store(string target);
                    private int StoreCore(string target) => 1;

                    [Step(2, "Verify", Operation = nameof(ExportAsync))]
                    private partial ValueTask VerifyAsync();
                    private ValueTask VerifyAsyncCore() => default;
                }
            }
            """,
        ["SubjectOperations"] = """
            namespace Shapes
            {
                public partial class Documents
                {
                    private readonly ILogger _logger;
                    public Documents(ILogger logger) => _logger = logger;

                    [Operation("Process", Result = "pages")]
                    public partial int Process([Subject] string documentId, [Log] int priority);
                    private int ProcessCore(string documentId, int priority) => Extract();

                    [Operation("Archive")]
                    public partial Task ArchiveAsync<TKey>([Subject, Log] TKey key, in int shelf);
                    private Task ArchiveAsyncCore<TKey>(TKey key, in int shelf) => Task.CompletedTask;

                    [Step(1, "Extract", Operation = nameof(Process))]
                    private partial int Extract();
                    private int ExtractCore() => 1;
                }
            }
            """,
        ["StepsWithoutOperation"] = """
            namespace Shapes
            {
                public partial class Pipeline
                {
                    [Step(1, "Extract")]
                    public partial string Extract();
                    private string ExtractCore() => "data";

                    [Step(2, "Load")]
                    public partial void Load(string data);
                    private void LoadCore(string data) { }
                }
            }
            """,
        ["LoggerSources"] = """
            namespace Shapes
            {
                public partial class FromParameter
                {
                    private readonly ILogger _field = null!;
                    public ILogger Field => _field;

                    [Step(1, "Uses the parameter")]
                    public partial void Run(ILogger<FromParameter> log, [Log] int id);
                    private void RunCore(ILogger<FromParameter> log, int id) { }
                }

                public partial class FromProperty
                {
                    protected ILogger Logger { get; } = null!;

                    [Step(1, "Uses the property")]
                    public partial void Run();
                    private void RunCore() { }
                }

                public partial class FromStaticField
                {
                    private readonly ILogger _instance = null!;
                    private static readonly ILogger s_logger = null!;
                    public ILogger Instance => _instance;
                    public static ILogger Shared => s_logger;

                    [Step(1, "Static method uses the static field")]
                    public static partial void Run();
                    private static void RunCore() { }
                }

                public partial class FromDefault
                {
                    private readonly ILogger? _maybe = null;
                    public ILogger? Maybe => _maybe;

                    [Step(1, "Uses the default logger")]
                    public partial void Run();
                    private void RunCore() { }
                }
            }
            """,
        ["PrimaryConstructorLogger"] = """
            namespace Shapes;

            public partial class Syncer(ILogger<Syncer> logger)
            {
                [Step(1, "Uses the primary constructor parameter")]
                public partial void Run();
                private void RunCore() { }
            }

            public class Helper(ILogger logger)
            {
                public ILogger Logger { get; } = logger;
            }

            // The parameter already initialises a field: capturing it too would warn (CS9124); the default logger is used.
            public partial class Initialised(ILogger logger)
            {
                private readonly Helper _helper = new Helper(logger);
                public Helper Helper => _helper;

                [Step(1, "Uses the default logger")]
                public partial void Run();
                private void RunCore() { }
            }

            // The parameter goes to the base constructor: capturing it too would warn (CS9107).
            public partial class Derived(ILogger logger) : Helper(logger)
            {
                [Step(1, "Uses the base property")]
                public partial void Run();
                private void RunCore() { }
            }
            """,
        ["ManyLoggedValues"] = """
            namespace Shapes
            {
                public partial class Wide
                {
                    private readonly ILogger _logger;
                    public Wide(ILogger logger) => _logger = logger;

                    [Step(1, "Take eight")]
                    public partial void Take([Log] int a, [Log] int b, [Log] int c, [Log] int d, [Log] string e, [Log] string f, [Log] bool g, [Log] double h);
                    private void TakeCore(int a, int b, int c, int d, string e, string f, bool g, double h) { }
                }
            }
            """,
        ["NullableDisabledConsumer"] = """
            #nullable disable
            namespace Shapes
            {
                public partial class Legacy
                {
                    private readonly ILogger _logger;
                    public Legacy(ILogger logger) => _logger = logger;

                    [Operation("Legacy import", Result = "names")]
                    public partial Task<List<string>> ImportAsync([Log] string source, string[] filters);
                    private Task<List<string>> ImportAsyncCore(string source, string[] filters) => Task.FromResult(new List<string>());
                }
            }
            """,
        ["RefStructType"] = """
            namespace Shapes
            {
                public readonly ref partial struct Reader
                {
                    // A span cannot be held by a metadata struct: it is left off the line.
                    [Step(1, "Read", Result = "head")]
                    public partial ReadOnlySpan<byte> Read([Log] int count, [Log] ReadOnlySpan<byte> data);
                    private ReadOnlySpan<byte> ReadCore(int count, ReadOnlySpan<byte> data) => data.Slice(0, count);
                }
            }
            """,
        ["ShadowingNames"] = """
            namespace Shapes
            {
                // Parameters named like the logger, the bodies and the types: generated code reads none of them by mistake.
                public partial class Sender(ILogger<Sender> logger)
                {
                    [Operation("Send")]
                    public partial void Send([Log] string logger);
                    private void SendCore(string logger) { }

                    [Step(1, "Relay", Result = "relayed")]
                    public partial int Relay([Log] string RelayCore, [Log] int Sender);
                    private int RelayCore(string RelayCore, int Sender) => Sender;
                }

                // A struct reads the captured logger from readonly members without copying itself.
                public partial struct Meter(ILogger logger)
                {
                    [Step(1, "Tick")]
                    public readonly partial void Tick([Log] int logger);
                    private readonly void TickCore(int logger) { }
                }

                public static partial class Archive
                {
                    private static ILogger Log { get; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

                    [Step(1, "Store")]
                    public static partial void Store([Log] string Log, [Log] int StoreCore, [Log] string Archive);
                    private static void StoreCore(string Log, int StoreCore, string Archive) { }
                }
            }
            """,
        ["GlobalNamespaceAndKeywords"] = """
            public partial class Keywords
            {
                [Step(1, "Escapes keywords")]
                public partial int @event([Log] int @class, string @string);
                private int eventCore(int @class, string @string) => @class;
            }
            """,
    };

    public static readonly IReadOnlySet<string> NeedsLatest = new HashSet<string>
    {
        "RecordTypes",        // record struct: C# 10
        "ParameterModifiers", // ref readonly parameters: C# 12; scoped: C# 11
        "PrimaryConstructorLogger", // C# 12
        "ShadowingNames", // primary constructor: C# 12
    };
}

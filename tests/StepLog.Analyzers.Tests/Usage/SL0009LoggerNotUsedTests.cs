using Microsoft.CodeAnalysis.Testing;
using StepLog.Analyzers.Usage;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.LoggerNotUsedAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0009: the type has a logger, but the generator cannot use it and falls back to the default logger.</summary>
public class SL0009LoggerNotUsedTests
{
    private static DiagnosticResult SL0009(string method, string logger, string reason) =>
        Verify.Diagnostic(Descriptors.LoggerNotUsed).WithLocation(0).WithArguments(method, logger, reason);

    [Fact]
    public Task A_nullable_logger_field_is_reported() => Verify.VerifyAnalyzerAsync("""
        #nullable enable
        using Microsoft.Extensions.Logging;
        using StepLog;
        public partial class Sync
        {
            private readonly ILogger? _logger;
            public Sync(ILogger? logger) => _logger = logger;
            [Step(1, "Fetch")]
            public partial void {|#0:Fetch|}();
            private void FetchCore() { }
        }
        """, SL0009("Fetch", "_logger", LoggerNotUsedAnalyzer.NullableReason));

    [Fact]
    public Task A_primary_constructor_logger_that_feeds_a_field_is_reported() => Verify.VerifyAnalyzerAsync("""
        using Microsoft.Extensions.Logging;
        using StepLog;
        public sealed class Client(ILogger logger)
        {
            public ILogger Logger { get; } = logger;
        }
        public partial class Importer(ILogger logger)
        {
            private readonly Client _client = new(logger);
            [Operation("Import")]
            public partial int {|#0:Import|}();
            private int ImportCore() => _client.GetHashCode();
        }
        """, SL0009("Import", "logger", LoggerNotUsedAnalyzer.FeedsStateReason));

    [Fact]
    public Task A_static_method_in_a_type_with_an_instance_logger_is_reported() => Verify.VerifyAnalyzerAsync("""
        using Microsoft.Extensions.Logging;
        using StepLog;
        public static partial class Hashing
        {
            [Step(1, "Hash")]
            public static partial int {|#0:Hash|}(string text);
            private static int HashCore(string text) => text.Length;
        }
        public partial class Tools
        {
            private readonly ILogger _logger;
            public Tools(ILogger logger) => _logger = logger;
            public ILogger Logger => _logger;
            [Step(1, "Hash")]
            public static partial int {|#1:Hash|}(string text);
            private static int HashCore(string text) => text.Length;
        }
        """, Verify.Diagnostic(Descriptors.LoggerNotUsed).WithLocation(1).WithArguments("Hash", "_logger", LoggerNotUsedAnalyzer.InstanceForStaticReason));

    [Fact]
    public Task Loggers_the_generator_uses_and_types_without_one_are_clean() => Verify.VerifyAnalyzerAsync("""
        #nullable enable
        using Microsoft.Extensions.Logging;
        using StepLog;
        public partial class WithField
        {
            private readonly ILogger<WithField> _logger;
            public WithField(ILogger<WithField> logger) => _logger = logger;
            [Step(1, "Run")]
            public partial void Run();
            private void RunCore() { }
        }
        public partial class WithParameter
        {
            private readonly ILogger? _maybe;
            public WithParameter(ILogger? maybe) => _maybe = maybe;
            [Step(1, "Run")]
            public partial void Run(ILogger logger);
            private void RunCore(ILogger logger) { }
        }
        public partial class WithPrimaryConstructor(ILogger logger)
        {
            [Step(1, "Run")]
            public partial void Run();
            private void RunCore() => logger.GetHashCode();
        }
        public partial class WithStaticLogger
        {
            private static readonly ILogger Log = null!;
            [Step(1, "Run")]
            public static partial void Run();
            private static void RunCore() => Log.GetHashCode();
        }
        public partial record Job(ILogger Logger)
        {
            [Step(1, "Run")]
            public partial void Run();
            private void RunCore() { }
        }
        public static partial class WithoutLogger
        {
            [Step(1, "Run")]
            public static partial void Run();
            private static void RunCore() { }
        }
        """);
}

using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0005: an operation's step numbers must be exactly 1..N, reported once on the operation.</summary>
public class SL0005StepNumberGapTests
{
    // These sources declare no bodies: SL0003, which would report each, is off.
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAnalyzerAsync(source, ["SL0003"], expected);

    private static DiagnosticResult SL0005(int location, string operation, string numbers, int count) =>
        Verify.Diagnostic(Descriptors.StepNumberGap).WithLocation(location).WithArguments(operation, numbers, count);

    [Fact]
    public Task A_gap_is_reported_once_on_the_operation_listing_the_numbers() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Model Sync")]
            public partial void {|#0:Run|}();

            [Step(1, "Fetch")]
            private partial void Fetch();

            [Step(3, "Store")]
            private partial void Store();

            [Step(4, "Report")]
            private partial void Report();
        }
        """, SL0005(0, "Run", "1, 3, 4", 3));

    [Fact]
    public Task Numbers_from_zero_are_reported() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Model Sync")]
            public partial void {|#0:Run|}();

            [Step(0, "Fetch")]
            private partial void Fetch();

            [Step(1, "Store")]
            private partial void Store();
        }
        """, SL0005(0, "Run", "0, 1", 2));

    [Fact]
    public Task Steps_without_operation_are_reported_on_the_type() => VerifyAsync("""
        using StepLog;
        public static partial class {|#0:Importer|}
        {
            [Step(2, "Parse")]
            public static partial void Parse();
        }
        """, SL0005(0, "Importer", "2", 1));

    [Fact]
    public Task Only_the_operation_with_a_gap_is_reported() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Import")]
            public partial void Import();

            [Operation("Export")]
            public partial void {|#0:Export|}();

            [Step(1, "Read file", Operation = nameof(Import))]
            private partial void ReadFile();

            [Step(2, "Read table", Operation = nameof(Export))]
            private partial void ReadTable();
        }
        """, SL0005(0, "Export", "2", 1));

    [Fact]
    public Task Numbers_1_to_N_in_any_source_order_are_clean_and_an_operation_without_steps_too() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(3, "Store")]
            private partial void Store();

            [Operation("Model Sync")]
            public partial void Run();

            [Step(1, "Fetch")]
            private partial void Fetch();

            [Step(2, "Validate")]
            private partial void Validate();
        }

        public partial class Single
        {
            [Operation("Ping")]
            public partial void Ping();
        }
        """);
}
